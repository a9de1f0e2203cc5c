import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { ChecksModule } from '../checks/checks.module.js';
import { RolloutModule } from '../rollout/rollout.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { CheckRunsRepository } from './check-runs.repository.js';
import { CheckRunsService } from './check-runs.service.js';

@Module({
  imports: [TenantsModule, ChecksModule, AlertsModule, RolloutModule],
  providers: [CheckRunsRepository, CheckRunsService],
  exports: [CheckRunsService],
})
export class RunsModule {}
