import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { RolloutWavesRepository } from './rollout-waves.repository.js';
import { RolloutWavesService } from './rollout-waves.service.js';

@Module({
  imports: [TenantsModule],
  providers: [RolloutWavesRepository, RolloutWavesService],
  exports: [RolloutWavesService],
})
export class RolloutModule {}
