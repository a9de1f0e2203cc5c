import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type CheckResult, type CheckRun, type RunTrigger } from '@posture/prisma';
import { Db, lockTenant, type Tx } from '../database/db.js';
import type { EvaluatedCheck } from '../checks/types.js';

export const INTERRUPTED =
  'interrupted: the process running it stopped before it finished; a new run was queued';

const aliveKey = (runId: string) => `check-run-alive:${runId}`;

@Injectable()
export class CheckRunsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /**
   * Marks run `id` as alive for as long as this process holds it: a session advisory lock on a
   * connection of its own, taken before the run's row exists. When the process dies (SIGKILL,
   * a lost host), PostgreSQL closes the connection and frees the lock, which is how
   * `failInterrupted` tells a run in progress from one that nobody is running any more.
   */
  async holdAlive(id: string): Promise<{ release(): Promise<void> }> {
    const client = await this.db.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [aliveKey(id)]);
    } catch (err) {
      client.release(err as Error);
      throw err;
    }
    return {
      release: async () => {
        await client
          .query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [aliveKey(id)])
          .then(() => client.release())
          // A connection that failed is dropped, which frees the lock with it.
          .catch((err: Error) => client.release(err));
      },
    };
  }

  /**
   * Runs left RUNNING by a process that stopped: their liveness lock is free. Each is marked
   * FAILED with the reason, and returned so the caller can queue a retry. Safe to call from any
   * number of processes at once (a run is taken over by whoever gets its lock).
   */
  async failInterrupted(): Promise<Array<Pick<CheckRun, 'tenantId' | 'id' | 'trigger'>>> {
    const candidates = await this.db.prisma.checkRun.findMany({
      where: { status: 'RUNNING' },
      select: { tenantId: true, id: true, trigger: true, startedAt: true },
      take: 100,
    });
    if (candidates.length === 0) return [];
    const failed: Array<Pick<CheckRun, 'tenantId' | 'id' | 'trigger'>> = [];
    const client = await this.db.pool.connect();
    try {
      for (const c of candidates) {
        const { rows } = await client.query<{ got: boolean }>(
          'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got',
          [aliveKey(c.id)],
        );
        if (!rows[0]?.got) continue;
        try {
          const updated = await client.query(
            `UPDATE check_runs SET status = 'FAILED', finished_at = now(),
                    duration_ms = (extract(epoch FROM now() - started_at) * 1000)::int,
                    error = $3
              WHERE tenant_id = $1 AND id = $2 AND status = 'RUNNING'`,
            [c.tenantId, c.id, INTERRUPTED],
          );
          if (updated.rowCount) failed.push({ tenantId: c.tenantId, id: c.id, trigger: c.trigger });
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [
            aliveKey(c.id),
          ]);
        }
      }
    } finally {
      client.release();
    }
    return failed;
  }

  /** Null when a run for this schedule slot exists already (the slot ran elsewhere). */
  async start(
    id: string,
    tenantId: string,
    trigger: RunTrigger,
    scheduledFor: Date | null = null,
  ): Promise<CheckRun | null> {
    try {
      return await this.db.prisma.checkRun.create({
        data: { id, tenantId, trigger, status: 'RUNNING', scheduledFor },
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
            message:
              r.message === null ? Prisma.DbNull : (r.message as unknown as Prisma.InputJsonValue),
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
