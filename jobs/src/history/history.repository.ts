import { Inject, Injectable } from '@nestjs/common';
import type { CheckResult, CheckRun, Prisma, Snapshot } from '@posture/prisma';
import { Db } from '../database/db.js';

export interface Page {
  skip: number;
  take: number;
}

/** Reads of stored history: snapshots, check runs, check results. */
@Injectable()
export class HistoryRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  snapshots(
    where: Prisma.SnapshotWhereInput,
    orderBy: Prisma.SnapshotOrderByWithRelationInput,
    page: Page,
  ): Promise<Snapshot[]> {
    return this.db.prisma.snapshot.findMany({ where, orderBy, ...page });
  }

  countSnapshots(where: Prisma.SnapshotWhereInput): Promise<number> {
    return this.db.prisma.snapshot.count({ where });
  }

  runs(
    where: Prisma.CheckRunWhereInput,
    orderBy: Prisma.CheckRunOrderByWithRelationInput,
    page: Page,
  ): Promise<CheckRun[]> {
    return this.db.prisma.checkRun.findMany({ where, orderBy, ...page });
  }

  countRuns(where: Prisma.CheckRunWhereInput): Promise<number> {
    return this.db.prisma.checkRun.count({ where });
  }

  results(
    where: Prisma.CheckResultWhereInput,
    orderBy: Prisma.CheckResultOrderByWithRelationInput,
    page: Page,
  ): Promise<CheckResult[]> {
    return this.db.prisma.checkResult.findMany({ where, orderBy, ...page });
  }

  countResults(where: Prisma.CheckResultWhereInput): Promise<number> {
    return this.db.prisma.checkResult.count({ where });
  }

  /**
   * Score and status counts over time from finished runs: one point per run, or per day (the
   * day's average score and its last run's counts) when the range is long.
   */
  async postureHistory(
    tenantId: string,
    from: Date,
    to: Date,
    perDay: boolean,
  ): Promise<
    Array<{ at: Date; score: number | null; counts: Record<string, number>; runs: number }>
  > {
    const sql = perDay
      ? `SELECT date_trunc('day', finished_at) AS at, avg(score) AS score,
                (array_agg(counts ORDER BY finished_at DESC))[1] AS counts, count(*)::int AS runs
           FROM check_runs WHERE tenant_id = $1 AND status = 'SUCCEEDED' AND finished_at >= $2 AND finished_at < $3
          GROUP BY 1 ORDER BY 1`
      : `SELECT finished_at AS at, score, counts, 1 AS runs
           FROM check_runs WHERE tenant_id = $1 AND status = 'SUCCEEDED' AND finished_at >= $2 AND finished_at < $3
          ORDER BY finished_at LIMIT 5000`;
    const { rows } = await this.db.pool.query<{
      at: Date;
      score: number | null;
      counts: Record<string, number>;
      runs: number;
    }>(sql, [tenantId, from, to]);
    return rows.map((r) => ({
      ...r,
      score: r.score === null ? null : Math.round(Number(r.score) * 10) / 10,
    }));
  }

  /** Ids of the newest result per tenant and check, within the given tenants (null = all). */
  async latestResultIds(tenantIds: readonly string[] | null): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ id: string }>(
      `SELECT DISTINCT ON (tenant_id, check_id) id FROM check_results
        WHERE ($1::uuid[] IS NULL OR tenant_id = ANY($1::uuid[]))
        ORDER BY tenant_id, check_id, evaluated_at DESC, id`,
      [tenantIds],
    );
    return rows.map((r) => r.id);
  }
}
