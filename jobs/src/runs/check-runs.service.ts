import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CheckRun, RunTrigger } from '@posture/prisma';
import { AlertsService } from '../alerts/alerts.service.js';
import { evaluateCheck, postureScore } from '../checks/evaluate.js';
import { CHECKS } from '../checks/registry.js';
import { TenantViewService } from '../checks/view.service.js';
import { RolloutProgressService } from '../rollout/rollout-progress.service.js';
import type { TenantScope } from '../scope.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { CheckRunsRepository } from './check-runs.repository.js';

@Injectable()
export class CheckRunsService {
  private readonly log = new Logger('CheckRuns');

  constructor(
    @Inject(TenantsService) private readonly tenants: TenantsService,
    @Inject(TenantViewService) private readonly views: TenantViewService,
    @Inject(CheckRunsRepository) private readonly runs: CheckRunsRepository,
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Inject(RolloutProgressService) private readonly rollout: RolloutProgressService,
  ) {}

  /**
   * Runs every check for the tenant now: build the view, evaluate each check (pure), store the
   * run and its results, and judge alerts against the previous results in the same transaction.
   * A failure (building the view, storing, judging) is recorded on the run, never swallowed, and
   * leaves no result or alert change behind.
   * A scheduled run names its slot; a second run for the same slot is refused by the database.
   */
  async run(
    scope: TenantScope,
    tenantId: string,
    trigger: RunTrigger,
    scheduledFor: Date | null = null,
  ): Promise<CheckRun | null> {
    await this.tenants.get(scope, tenantId);
    const id = randomUUID();
    const alive = await this.runs.holdAlive(id);
    try {
      return await this.runHeld(scope, id, tenantId, trigger, scheduledFor);
    } finally {
      await alive.release();
    }
  }

  /**
   * Runs left RUNNING by a process that died are marked FAILED with the reason; the caller
   * (the scheduler's tick) queues a new run for each tenant.
   */
  failInterrupted() {
    return this.runs.failInterrupted();
  }

  private async runHeld(
    scope: TenantScope,
    id: string,
    tenantId: string,
    trigger: RunTrigger,
    scheduledFor: Date | null,
  ): Promise<CheckRun | null> {
    const run = await this.runs.start(id, tenantId, trigger, scheduledFor);
    if (!run) {
      this.log.warn(
        `tenant ${tenantId}: the run for ${scheduledFor?.toISOString()} exists already; skipped`,
      );
      return null;
    }
    try {
      const settings = await this.tenants.settings(scope, tenantId);
      const view = await this.views.build(tenantId, settings);
      const results = CHECKS.map((c) => evaluateCheck(c, view));
      const counts: Record<string, number> = {};
      for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
      return await this.runs.finish(
        run,
        results,
        postureScore(results),
        counts,
        async (tx, stored, at) => {
          await this.alerts.evaluateRun(tx, tenantId, run.id, stored, at);
          // Coverage over time (rollout_coverage_points), committed with the run.
          await this.rollout.recordRun(tx, view, run.id);
        },
      );
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.error(`check run ${run.id} for tenant ${tenantId} failed: ${message}`);
      return this.runs.fail(run, message);
    }
  }
}
