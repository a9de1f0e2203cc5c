import { Module } from '@nestjs/common';
import { ChecksModule } from '../checks/checks.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { RolloutProgressRepository } from './rollout-progress.repository.js';
import { RolloutProgressService } from './rollout-progress.service.js';
import { RolloutWavesRepository } from './rollout-waves.repository.js';
import { RolloutWavesService } from './rollout-waves.service.js';

@Module({
  imports: [TenantsModule, ChecksModule],
  providers: [
    RolloutWavesRepository,
    RolloutWavesService,
    RolloutProgressRepository,
    RolloutProgressService,
  ],
  exports: [RolloutWavesService, RolloutProgressService],
})
export class RolloutModule {}
