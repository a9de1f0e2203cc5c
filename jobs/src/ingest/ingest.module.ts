import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { DriftModule } from '../drift/drift.module.js';
import { RolloutModule } from '../rollout/rollout.module.js';
import { QueueModule } from '../schedule/queue.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { CheckRunAnnouncer, IngestAnnouncer } from './ingest-announcer.js';
import { SignInStatistics } from './analyze.js';
import { IngestService } from './ingest.service.js';
import { SignInsRepository } from './signins.repository.js';
import { SnapshotsRepository } from './snapshots.repository.js';

/** Pushed and pulled data, one pipeline; announces new data as a queued check run. */
@Module({
  imports: [TenantsModule, QueueModule, DriftModule, AlertsModule, RolloutModule],
  providers: [
    SnapshotsRepository,
    SignInsRepository,
    { provide: IngestAnnouncer, useClass: CheckRunAnnouncer },
    SignInStatistics,
    IngestService,
  ],
  exports: [IngestService],
})
export class IngestModule {}
