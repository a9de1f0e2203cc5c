import { Module } from '@nestjs/common';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';
import { ExplainRepository } from './explain.repository.js';
import { ExplainService } from './explain.service.js';

@Module({
  providers: [AlertsRepository, AlertsService, ExplainRepository, ExplainService],
  exports: [AlertsService, ExplainService],
})
export class AlertsModule {}
