import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsModule } from './alerts/alerts.module.js';
import { BrowseModule } from './browse/browse.module.js';
import { ChecksModule } from './checks/checks.module.js';
import { ConnectorsModule } from './connectors/connectors.module.js';
import { DriftModule } from './drift/drift.module.js';
import { HistoryModule } from './history/history.module.js';
import { INGEST_RUN_DEBOUNCE_SECONDS } from './ingest/ingest-announcer.js';
import { IngestModule } from './ingest/ingest.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OpsModule } from './ops/ops.module.js';
import {
  DEFAULT_NOTIFICATION_OPTIONS,
  NOTIFICATION_OPTIONS,
  type NotificationOptions,
} from './notifications/options.js';
import { RolloutModule } from './rollout/rollout.module.js';
import { RunsModule } from './runs/runs.module.js';
import { TenantsModule } from './tenants/tenants.module.js';
import { WaiversModule } from './waivers/waivers.module.js';

export interface JobsOptions {
  /** At most one ingest-triggered check run per tenant in this many seconds. */
  ingestRunDebounceSeconds: number;
  /** Outbox delivery, retries, SMTP; defaults from DEFAULT_NOTIFICATION_OPTIONS. */
  notifications?: Partial<NotificationOptions>;
}

const features = [
  TenantsModule,
  IngestModule,
  ConnectorsModule,
  ChecksModule,
  RunsModule,
  AlertsModule,
  HistoryModule,
  WaiversModule,
  RolloutModule,
  BrowseModule,
  DriftModule,
  NotificationsModule,
  OpsModule,
];

/**
 * The whole domain for NestJS: every feature module, each exporting only its service(s). Needs
 * DatabaseModule.forRoot(url) beside it; the schedule (clock and worker) is JobsScheduleModule.
 */
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: features,
      providers: [
        { provide: INGEST_RUN_DEBOUNCE_SECONDS, useValue: options.ingestRunDebounceSeconds },
        {
          provide: NOTIFICATION_OPTIONS,
          useValue: { ...DEFAULT_NOTIFICATION_OPTIONS, ...options.notifications },
        },
      ],
      exports: [INGEST_RUN_DEBOUNCE_SECONDS, NOTIFICATION_OPTIONS, ...features],
    };
  }
}
