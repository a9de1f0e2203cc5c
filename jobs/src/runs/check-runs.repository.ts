import { Inject, Injectable } from '@nestjs/common';
import type { CheckResult, CheckRun, Prisma, RunTrigger } from '@posture/prisma';
import { Db, lockTenant, type Tx } from '../database/db.js';
import type { EvaluatedCheck } from '../checks/types.js';

@Injectable()
export class CheckRunsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** Null when a run for this schedule slot exists already (the slot ran elsewhere). */
  async start(
    tenantId: string,
    trigger: RunTrigger,
    scheduledFor: Date | null = null,
  ): Promise<CheckRun | null> {
    try {
      return await this.db.prisma.checkRun.create({
        data: { tenantId, trigger, status: 'RUNNING', scheduledFor },
      });
    } catch (err) {
      if (scheduledFor && (err as { code?: string }).code === 'P2002') return null;
      throw err;
    }
  }

  /**
   * Stores every result and closes the run, then lets `judge` (the alerts) read and write in the
   * same transaction: all of it commits, or none. Runs of one tenant finish one at a time (a
   * transaction-scoped advisory lock), so each judges against the run committed before it.
   */
  async finish(
    run: CheckRun,
    results: EvaluatedCheck[],
    score: number | null,
    counts: Record<string, number>,
    judge: (tx: Tx, stored: CheckResult[], finishedAt: Date) => Promise<unknown>,
  ): Promise<CheckRun> {
    return this.db.transaction(
      async (tx) => {
        await lockTenant(tx, 'check-run', run.tenantId);
        // Taken under the lock, so a run that waited is evaluated after the one it waited for.
        const finishedAt = new Date();
        const stored = await tx.checkResult.createManyAndReturn({
          data: results.map((r) => ({
            tenantId: run.tenantId,
            runId: run.id,
            checkId: r.checkId,
            status: r.status,
            severity: r.severity,
            metric: r.metric,
            summary: r.summary,
            evidence: r.evidence as Prisma.InputJsonValue,
            remediation: r.remediation,
            snapshotId: r.snapshotId,
            windowFrom: r.window?.from ?? null,
            windowTo: r.window?.to ?? null,
            evaluatedAt: finishedAt,
          })),
        });
        const updated = await tx.checkRun.update({
          where: { tenantId_id: { tenantId: run.tenantId, id: run.id } },
          data: {
            status: 'SUCCEEDED',
            finishedAt,
            durationMs: finishedAt.getTime() - run.startedAt.getTime(),
            score,
            counts,
          },
        });
        // In the registry's order, whatever order the database returned them in.
        const order = new Map(results.map((r, i) => [r.checkId, i]));
        stored.sort((a, b) => (order.get(a.checkId) ?? 0) - (order.get(b.checkId) ?? 0));
        await judge(tx, stored, finishedAt);
        return updated;
      },
      // Waiting for another run of the tenant to commit is normal; a run is a few dozen rows.
      { maxWait: 30_000, timeout: 60_000 },
    );
  }

  fail(run: CheckRun, error: string): Promise<CheckRun> {
    const finishedAt = new Date();
    return this.db.prisma.checkRun.update({
      where: { tenantId_id: { tenantId: run.tenantId, id: run.id } },
      data: {
        status: 'FAILED',
        finishedAt,
        durationMs: finishedAt.getTime() - run.startedAt.getTime(),
        error: error.slice(0, 2000),
      },
    });
  }
}
