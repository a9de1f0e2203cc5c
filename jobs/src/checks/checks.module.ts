import { Module } from '@nestjs/common';
import { SnapshotsRepository } from '../ingest/snapshots.repository.js';
import { SignInAggregatesRepository } from './signin-aggregates.repository.js';
import { TenantViewService } from './view.service.js';

/**
 * The tenant view the checks read (the catalogue itself is plain functions in the registry).
 * Reads stored snapshots through its own SnapshotsRepository: repositories hold no state.
 */
@Module({
  providers: [SnapshotsRepository, SignInAggregatesRepository, TenantViewService],
  exports: [TenantViewService],
})
export class ChecksModule {}
