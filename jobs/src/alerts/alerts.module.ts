import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';
import { ExplainRepository } from './explain.repository.js';
import { ExplainService } from './explain.service.js';

@Module({
  imports: [NotificationsModule],
  providers: [AlertsRepository, AlertsService, ExplainRepository, ExplainService],
  exports: [AlertsService, ExplainService],
})
export class AlertsModule {}
