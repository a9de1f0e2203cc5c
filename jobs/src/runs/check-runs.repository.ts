import { Inject, Injectable } from '@nestjs/common';
import type { CheckRun, Prisma, RunTrigger } from '@posture/prisma';
import { Db } from '../database/db.js';
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

  /** Stores every result and closes the run, in one transaction. */
  async finish(
    run: CheckRun,
    results: EvaluatedCheck[],
    score: number | null,
    counts: Record<string, number>,
  ): Promise<CheckRun> {
    const finishedAt = new Date();
    const [, updated] = await this.db.prisma.$transaction([
      this.db.prisma.checkResult.createMany({
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
      }),
      this.db.prisma.checkRun.update({
        where: { tenantId_id: { tenantId: run.tenantId, id: run.id } },
        data: {
          status: 'SUCCEEDED',
          finishedAt,
          durationMs: finishedAt.getTime() - run.startedAt.getTime(),
          score,
          counts,
        },
      }),
    ]);
    return updated;
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
