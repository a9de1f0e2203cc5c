import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { ConnectorsRepository } from './connectors.repository.js';
import { ConnectorsService } from './connectors.service.js';
import { SyncService } from './sync.service.js';

/** Pull connectors: settings, and pulls that feed the ingestion pipeline. */
@Module({
  imports: [TenantsModule, IngestModule],
  providers: [ConnectorsRepository, ConnectorsService, SyncService],
  exports: [ConnectorsService, SyncService],
})
export class ConnectorsModule {}
