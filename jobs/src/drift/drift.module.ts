import { Module } from '@nestjs/common';
import { DriftRepository } from './drift.repository.js';
import { DriftService } from './drift.service.js';

/** Changes of watched settings between consecutive snapshots, recorded at ingestion. */
@Module({
  providers: [DriftRepository, DriftService],
  exports: [DriftService],
})
export class DriftModule {}
