import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ScheduleModule, SchedulerRegistry } from '@nestjs/schedule';
import { ConnectorsModule } from '../connectors/connectors.module.js';
import { NotificationDeliveryWorker } from '../notifications/delivery.worker.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notifications/options.js';
import { RunsModule } from '../runs/runs.module.js';
import { SignInStatistics } from '../ingest/analyze.js';
import { PartitionsService, type PartitionOptions } from '../retention/partitions.service.js';
import { QueueModule } from './queue.module.js';
import { QueueService } from './queue.service.js';
import { ScheduleRepository } from './schedule.repository.js';
import { SchedulerService } from './scheduler.service.js';

export interface ScheduleOptions {
  /** Run the clock (enqueue due runs). */
  clock: boolean;
  /** Work jobs in this process. */
  worker: boolean;
  tickMs: number;
  /** How often an idle worker looks for jobs (pg-boss polling; at least 0.5). */
  pollSeconds?: number;
  /** Sign-in partitions ahead and retention, run by the clock (off when absent). */
  partitions?: PartitionOptions & { everyMs: number };
}

export const SCHEDULE_OPTIONS = Symbol('SCHEDULE_OPTIONS');

@Injectable()
class ScheduleRunner implements OnApplicationBootstrap {
  private readonly log = new Logger('Schedule');

  constructor(
    @Inject(SCHEDULE_OPTIONS) private readonly options: ScheduleOptions,
    @Inject(SchedulerService) private readonly scheduler: SchedulerService,
    @Inject(QueueService) private readonly queue: QueueService,
    @Inject(SchedulerRegistry) private readonly registry: SchedulerRegistry,
    @Inject(NotificationDeliveryWorker) private readonly delivery: NotificationDeliveryWorker,
    @Inject(NOTIFICATION_OPTIONS) private readonly notifications: NotificationOptions,
    @Inject(PartitionsService) private readonly partitions: PartitionsService,
  ) {}

  /** Partitions ahead, whole partitions past retention dropped, stale statistics gathered. */
  private maintainPartitions(options: PartitionOptions): void {
    void this.partitions
      .maintain(options)
      .then((r) => {
        if (r.created.length || r.dropped.length) {
          this.log.log(
            `partitions: created ${r.created.join(', ') || 'none'}, dropped ${r.dropped.join(', ') || 'none'}`,
          );
        }
      })
      .catch((err: unknown) => this.log.error(`partition maintenance failed: ${String(err)}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.start();
    if (this.options.worker) {
      await this.queue.work(async (job) => {
        try {
          await this.scheduler.handle(job);
        } catch (err) {
          // The run records its own failures; what lands here (a deleted tenant) is only logged.
          this.log.error(`check run job for tenant ${job.tenantId} failed: ${String(err)}`);
        }
      }, this.options.pollSeconds ?? 2);
      // The notification outbox is delivered wherever jobs are worked (NOTIFY_DELIVERY=off: not here).
      if (this.notifications.deliver) await this.delivery.start();
    }
    if (this.options.clock) {
      // @nestjs/schedule is the clock; the tick itself is an ordinary service method.
      const handle = setInterval(() => {
        this.scheduler
          .tick()
          .catch((err: unknown) => this.log.error(`schedule tick failed: ${String(err)}`));
      }, this.options.tickMs);
      this.registry.addInterval('posture-schedule-tick', handle);
      const partitions = this.options.partitions;
      if (partitions) {
        this.registry.addInterval(
          'posture-partitions',
          setInterval(() => this.maintainPartitions(partitions), partitions.everyMs),
        );
        this.maintainPartitions(partitions);
      }
      void this.scheduler
        .tick()
        .catch((err: unknown) => this.log.error(`schedule tick failed: ${String(err)}`));
    }
  }
}

/**
 * The schedule: clock and worker. Import it where JOBS=on, and in the worker process. The worker
 * works every check-run job, whoever queued it (the clock, or ingestion in any process).
 */
@Module({})
export class JobsScheduleModule {
  static forRoot(options: ScheduleOptions): DynamicModule {
    return {
      module: JobsScheduleModule,
      imports: [
        ScheduleModule.forRoot(),
        QueueModule,
        RunsModule,
        ConnectorsModule,
        NotificationsModule,
      ],
      providers: [
        { provide: SCHEDULE_OPTIONS, useValue: options },
        ScheduleRepository,
        SchedulerService,
        SignInStatistics,
        PartitionsService,
        ScheduleRunner,
      ],
      exports: [SchedulerService],
    };
  }
}
