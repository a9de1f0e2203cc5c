import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ScheduleModule, SchedulerRegistry } from '@nestjs/schedule';
import { IngestService } from '../ingest/ingest.service.js';
import { JobsModule } from '../jobs.module.js';
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
  /** Minimum seconds between ingest-triggered runs of one tenant. */
  ingestDebounceSeconds: number;
}

export const SCHEDULE_OPTIONS = Symbol('SCHEDULE_OPTIONS');

@Injectable()
class ScheduleRunner implements OnApplicationBootstrap {
  private readonly log = new Logger('Schedule');

  constructor(
    @Inject(SCHEDULE_OPTIONS) private readonly options: ScheduleOptions,
    @Inject(SchedulerService) private readonly scheduler: SchedulerService,
    @Inject(QueueService) private readonly queue: QueueService,
    @Inject(IngestService) private readonly ingest: IngestService,
    @Inject(SchedulerRegistry) private readonly registry: SchedulerRegistry,
  ) {}

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
    }
    this.ingest.onIngested((tenantId) => {
      this.queue
        .sendDebounced({ tenantId, trigger: 'INGEST' }, this.options.ingestDebounceSeconds)
        .catch((err: unknown) =>
          this.log.warn(`could not queue an ingest run for tenant ${tenantId}: ${String(err)}`),
        );
    });
    if (this.options.clock) {
      // @nestjs/schedule is the clock; the tick itself is an ordinary service method.
      const handle = setInterval(() => {
        this.scheduler
          .tick()
          .catch((err: unknown) => this.log.error(`schedule tick failed: ${String(err)}`));
      }, this.options.tickMs);
      this.registry.addInterval('posture-schedule-tick', handle);
      void this.scheduler
        .tick()
        .catch((err: unknown) => this.log.error(`schedule tick failed: ${String(err)}`));
    }
  }
}

/** The schedule: clock, queue and worker. Import it where JOBS=on, and in the worker process. */
@Module({})
export class JobsScheduleModule {
  static forRoot(options: ScheduleOptions): DynamicModule {
    return {
      module: JobsScheduleModule,
      imports: [ScheduleModule.forRoot(), JobsModule],
      providers: [
        { provide: SCHEDULE_OPTIONS, useValue: options },
        QueueService,
        ScheduleRepository,
        SchedulerService,
        ScheduleRunner,
      ],
      exports: [QueueService, SchedulerService],
    };
  }
}
