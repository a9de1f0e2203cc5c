import { Inject, Injectable, Logger } from '@nestjs/common';
import { SyncService } from '../connectors/sync.service.js';
import { CheckRunsService } from '../runs/check-runs.service.js';
import { ALL_TENANTS } from '../scope.js';
import { nextFireAfter } from './cron.js';
import { CheckRunJob, QueueService } from './queue.service.js';
import { ScheduleRepository } from './schedule.repository.js';

/**
 * The thin scheduler: on each tick, sync schedules from tenant settings, claim the due slots
 * (exactly one process wins each) and enqueue one job per tenant. One tenant's problem is logged
 * and never stops the others. No check logic here.
 */
@Injectable()
export class SchedulerService {
  private readonly log = new Logger('Scheduler');

  constructor(
    @Inject(ScheduleRepository) private readonly schedules: ScheduleRepository,
    @Inject(QueueService) private readonly queue: QueueService,
    @Inject(CheckRunsService) private readonly runs: CheckRunsService,
    @Inject(SyncService) private readonly sync: SyncService,
  ) {}

  async tick(now: Date = new Date()): Promise<number> {
    // A run whose process died is failed with its reason and run again (once per tenant).
    const interrupted = await this.runs.failInterrupted();
    const retries = new Map(interrupted.map((r) => [r.tenantId, r.trigger]));
    for (const [tenantId, trigger] of retries) {
      this.log.warn(`tenant ${tenantId}: a ${trigger} check run was interrupted; queued a new one`);
      // Same trigger, no slot: a scheduled run's slot is taken by the run that failed.
      await this.queue
        .sendDebounced({ tenantId, trigger }, 1)
        .catch((err: unknown) =>
          this.log.error(`tenant ${tenantId}: could not queue the retry: ${String(err)}`),
        );
    }
    for (const t of await this.schedules.tenantsWithCron()) {
      if (t.scheduled === t.cron) continue;
      try {
        await this.schedules.upsert(t.tenantId, t.cron, nextFireAfter(t.cron, now));
      } catch (err) {
        this.log.warn(`tenant ${t.tenantId}: bad check schedule "${t.cron}": ${String(err)}`);
      }
    }
    let enqueued = 0;
    for (const due of await this.schedules.due(now)) {
      try {
        const next = nextFireAfter(due.cron, now);
        const job: CheckRunJob = {
          tenantId: due.tenantId,
          trigger: 'SCHEDULE',
          slot: due.nextRunAt.toISOString(),
        };
        const won = await this.schedules.claim(due.tenantId, due.nextRunAt, next, (client) =>
          this.queue.sendInTransaction(client, job, `${due.tenantId}:${job.slot}`),
        );
        if (won) enqueued++;
      } catch (err) {
        this.log.error(
          `tenant ${due.tenantId}: could not enqueue its scheduled run: ${String(err)}`,
        );
      }
    }
    return enqueued;
  }

  /**
   * The job handler, an ordinary service call: a scheduled run first pulls fresh data through
   * the tenant's connector (when it has an enabled one), then checks.
   */
  async handle(job: CheckRunJob): Promise<void> {
    if (job.trigger === 'SCHEDULE') {
      await this.sync
        .syncIfEnabled(job.tenantId, 'SCHEDULE')
        .catch((err: unknown) =>
          this.log.warn(`tenant ${job.tenantId}: scheduled pull failed: ${String(err)}`),
        );
    }
    await this.runs.run(
      ALL_TENANTS,
      job.tenantId,
      job.trigger,
      job.slot ? new Date(job.slot) : null,
    );
  }
}
