import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { NotificationDeliveryWorker } from './delivery.worker.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

/**
 * Notification channels, the outbox written with alert changes, and its delivery worker (started
 * by the schedule's worker: JobsScheduleModule). NOTIFICATION_OPTIONS comes from JobsModule.
 */
@Module({
  imports: [TenantsModule],
  providers: [NotificationsRepository, NotificationsService, NotificationDeliveryWorker],
  exports: [NotificationsService, NotificationDeliveryWorker],
})
export class NotificationsModule {}
