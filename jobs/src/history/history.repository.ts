import { Inject, Injectable } from '@nestjs/common';
import type { CheckResult, CheckRun, Prisma, Snapshot } from '@posture/prisma';
import { isUuid, type ListArgs } from '../common/list-args.js';
import { byIdWhere, idsWhere, pageOf, sortOf, tenantWhere } from '../common/repository-helpers.js';
import { FAILING_FIRST } from '../checks/types.js';
import { Db } from '../database/db.js';
import { scopeTenantIds, type TenantScope } from '../scope.js';

export interface SnapshotFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  source?: string | null;
}

export interface CheckRunFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  status?: CheckRun['status'] | null;
  trigger?: CheckRun['trigger'] | null;
}

export interface CheckResultFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  runId?: string | null;
  checkId?: string | null;
  status?: CheckResult['status'] | null;
  severity?: CheckResult['severity'] | null;
  /** Only the newest result per tenant and check (taken first, then the other filters). */
  latest?: boolean | null;
}

/**
 * `columns` of each tenant's newest result per check, of the tenants in $1 (all when NULL), in
 * tenant and check order: per tenant, its check ids by a skip scan of (tenant_id, check_id,
 * evaluated_at DESC, id), one index probe per check rather than one row per stored result, then
 * each check's first entry, read from there.
 */
function latestResultsSql(columns: string): string {
  return `
  SELECT r.*
    FROM tenants tn
    CROSS JOIN LATERAL (
      WITH RECURSIVE c AS (
        (SELECT check_id FROM check_results WHERE tenant_id = tn.id ORDER BY check_id LIMIT 1)
        UNION ALL
        SELECT (SELECT x.check_id FROM check_results x
                 WHERE x.tenant_id = tn.id AND x.check_id > c.check_id
                 ORDER BY x.check_id LIMIT 1)
          FROM c WHERE c.check_id IS NOT NULL)
      SELECT check_id FROM c WHERE check_id IS NOT NULL) k
    CROSS JOIN LATERAL (
      SELECT ${columns} FROM check_results
       WHERE tenant_id = tn.id AND check_id = k.check_id
       ORDER BY evaluated_at DESC, id LIMIT 1) r
   WHERE $1::uuid[] IS NULL OR tn.id = ANY($1::uuid[])
   ORDER BY tn.id, k.check_id`;
}

/** Ids of each tenant's newest result per check (latestResultsSql). */
export const LATEST_RESULT_IDS_SQL = latestResultsSql('id');

/** The columns a list of results may be sorted by. */
const RESULT_SORT_COLUMNS = {
  evaluatedAt: 'evaluated_at',
  checkId: 'check_id',
  status: 'status',
  metric: 'metric',
  severity: 'severity',
} as const;

/** A check result as a list reads it: without its evidence when the reader did not ask. */
export type CheckResultRow = Omit<CheckResult, 'evidence'> & {
  evidence?: CheckResult['evidence'];
};

/** Reads of stored history: snapshots, check runs, check results; every one within a scope. */
/** A stored snapshot; `raw` is absent when the reader did not ask for it. */
export type SnapshotRow = Omit<Snapshot, 'raw'> & { raw?: Snapshot['raw'] };

@Injectable()
export class HistoryRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  private snapshotWhere(scope: TenantScope, f: SnapshotFilter): Prisma.SnapshotWhereInput {
    return {
      ...tenantWhere(scope, f.tenantId),
      ...idsWhere(f.ids),
      ...(f.source ? { sources: { has: f.source } } : {}),
    };
  }

  /**
   * A page of snapshots; without `withRaw` their bodies (the whole tenant configuration, large)
   * are not read at all.
   */
  async snapshots(
    scope: TenantScope,
    f: SnapshotFilter,
    args: ListArgs,
    withRaw = true,
  ): Promise<SnapshotRow[]> {
    return this.db.prisma.snapshot.findMany({
      where: this.snapshotWhere(scope, f),
      orderBy: sortOf(args, {
        fields: ['capturedAt', 'receivedAt'],
        fallback: 'capturedAt',
        fallbackDirection: 'desc',
      }),
      ...pageOf(args),
      omit: { raw: !withRaw },
    });
  }

  countSnapshots(scope: TenantScope, f: SnapshotFilter): Promise<number> {
    return this.db.prisma.snapshot.count({ where: this.snapshotWhere(scope, f) });
  }

  snapshot(scope: TenantScope, id: string): Promise<Snapshot | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.snapshot.findFirst({ where }) : Promise.resolve(null);
  }

  private runWhere(scope: TenantScope, f: CheckRunFilter): Prisma.CheckRunWhereInput {
    return {
      ...tenantWhere(scope, f.tenantId),
      ...idsWhere(f.ids),
      ...(f.status ? { status: f.status } : {}),
      ...(f.trigger ? { trigger: f.trigger } : {}),
    };
  }

  runs(scope: TenantScope, f: CheckRunFilter, args: ListArgs): Promise<CheckRun[]> {
    return this.db.prisma.checkRun.findMany({
      where: this.runWhere(scope, f),
      orderBy: sortOf(args, {
        fields: ['startedAt', 'finishedAt', 'score', 'status'],
        fallback: 'startedAt',
        fallbackDirection: 'desc',
      }),
      ...pageOf(args),
    });
  }

  countRuns(scope: TenantScope, f: CheckRunFilter): Promise<number> {
    return this.db.prisma.checkRun.count({ where: this.runWhere(scope, f) });
  }

  run(scope: TenantScope, id: string): Promise<CheckRun | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.checkRun.findFirst({ where }) : Promise.resolve(null);
  }

  private async resultWhere(
    scope: TenantScope,
    f: CheckResultFilter,
  ): Promise<Prisma.CheckResultWhereInput> {
    const and: Prisma.CheckResultWhereInput[] = [tenantWhere(scope, f.tenantId)];
    if (f.latest) and.push({ id: { in: await this.latestResultIds(scope, f.tenantId) } });
    if (f.ids) and.push(idsWhere(f.ids));
    if (f.runId) and.push(isUuid(f.runId) ? { runId: f.runId } : { id: { in: [] } });
    if (f.checkId) and.push({ checkId: f.checkId });
    if (f.status) and.push({ status: f.status });
    if (f.severity) and.push({ severity: f.severity });
    return { AND: and };
  }

  /**
   * A page of results. `withEvidence: false` leaves each result's evidence out (it is most of a
   * result's bytes, up to tens of KB, and a list such as the home page's asks only for status).
   */
  async results(
    scope: TenantScope,
    f: CheckResultFilter,
    args: ListArgs,
    withEvidence = true,
  ): Promise<CheckResultRow[]> {
    const omit = withEvidence ? undefined : { evidence: true as const };
    if (args.sortField === 'statusRank') return this.resultsFailingFirst(scope, f, args, omit);
    // Enum order in PostgreSQL is declaration order (CRITICAL first): severity sorts ascending
    // unless DESC is asked for.
    const orderBy: Partial<Record<keyof typeof RESULT_SORT_COLUMNS, 'asc' | 'desc'>> =
      args.sortField === 'severity'
        ? {
            severity:
              args.sortOrder?.toUpperCase() === 'DESC' ? ('desc' as const) : ('asc' as const),
          }
        : sortOf(args, {
            fields: ['evaluatedAt', 'checkId', 'status', 'metric'],
            fallback: 'evaluatedAt',
            fallbackDirection: 'desc',
          });
    if (f.latest) return this.latestResults(scope, f, args, orderBy, withEvidence);
    return this.db.prisma.checkResult.findMany({
      where: await this.resultWhere(scope, f),
      orderBy,
      omit,
      ...pageOf(args),
    });
  }

  /**
   * A page of the newest results (the home page's list, asked on every visit), in one statement:
   * the newest row per check (latestResultsSql), filtered, ordered and cut in SQL. The same rows, in the same order, as the ORM's read of those ids (history.spec.ts
   * compares them), at a fraction of its CPU and one round trip less.
   */
  private async latestResults(
    scope: TenantScope,
    f: CheckResultFilter,
    args: ListArgs,
    orderBy: Partial<Record<keyof typeof RESULT_SORT_COLUMNS, 'asc' | 'desc'>>,
    withEvidence: boolean,
  ): Promise<CheckResultRow[]> {
    const params: unknown[] = [scopeTenantIds(scope, f.tenantId)];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const and: string[] = [];
    if (f.ids) and.push(`id = ANY(${p(f.ids.filter(isUuid))}::uuid[])`);
    if (f.runId) and.push(isUuid(f.runId) ? `run_id = ${p(f.runId)}::uuid` : 'false');
    if (f.checkId) and.push(`check_id = ${p(f.checkId)}`);
    if (f.status) and.push(`status = ${p(f.status)}::"CheckStatus"`);
    if (f.severity) and.push(`severity = ${p(f.severity)}::"Severity"`);
    const [field, direction] = Object.entries(orderBy)[0] as [
      keyof typeof RESULT_SORT_COLUMNS,
      'asc' | 'desc',
    ];
    const { skip, take } = pageOf(args);
    const columns = `tenant_id, id, run_id, check_id, status, severity, metric, summary, message,
      ${withEvidence ? 'evidence, ' : ''}remediation, snapshot_id, window_from, window_to, evaluated_at`;
    const { rows } = await this.db.pool.query<Record<string, unknown>>(
      `SELECT * FROM (${latestResultsSql(columns)}) l
        ${and.length ? `WHERE ${and.join(' AND ')}` : ''}
        ORDER BY ${RESULT_SORT_COLUMNS[field]} ${direction === 'asc' ? 'ASC' : 'DESC'}
        LIMIT ${Number(take)} OFFSET ${Number(skip)}`,
      params,
    );
    return rows.map((r) => ({
      tenantId: r.tenant_id as string,
      id: r.id as string,
      runId: r.run_id as string,
      checkId: r.check_id as string,
      status: r.status as CheckResult['status'],
      severity: r.severity as CheckResult['severity'],
      metric: r.metric as number | null,
      summary: r.summary as string,
      message: r.message as CheckResult['message'],
      ...(withEvidence ? { evidence: r.evidence as CheckResult['evidence'] } : {}),
      remediation: r.remediation as string,
      snapshotId: r.snapshot_id as string | null,
      windowFrom: r.window_from as Date | null,
      windowTo: r.window_to as Date | null,
      evaluatedAt: r.evaluated_at as Date,
    }));
  }

  /**
   * Sort `statusRank`: FAILING_FIRST order of status (reversed by DESC), most severe first within
   * a status, newest first within that. PostgreSQL orders the enum by declaration, not by this,
   * so the page is cut from per-status slices: one count per status, then only the slices the
   * page overlaps are read.
   */
  private async resultsFailingFirst(
    scope: TenantScope,
    f: CheckResultFilter,
    args: ListArgs,
    omit: { evidence: true } | undefined,
  ): Promise<CheckResultRow[]> {
    const where = await this.resultWhere(scope, f);
    const desc = args.sortOrder?.toUpperCase() === 'DESC';
    const counts = await this.db.prisma.checkResult.groupBy({
      by: ['status'],
      where,
      _count: { _all: true },
    });
    const countOf = new Map(counts.map((c) => [c.status, c._count._all]));
    const order = desc ? [...FAILING_FIRST].reverse() : FAILING_FIRST;
    const { skip, take } = pageOf(args);
    const out: CheckResultRow[] = [];
    let offset = 0;
    for (const status of order) {
      const n = countOf.get(status) ?? 0;
      const from = Math.max(skip - offset, 0);
      const want = take - out.length;
      offset += n;
      if (want <= 0) break;
      if (from >= n) continue;
      out.push(
        ...(await this.db.prisma.checkResult.findMany({
          where: { AND: [where, { status }] },
          orderBy: [
            { severity: desc ? 'desc' : 'asc' },
            { evaluatedAt: 'desc' },
            { checkId: 'asc' },
            { id: 'asc' },
          ],
          skip: from,
          take: want,
          omit,
        })),
      );
    }
    return out;
  }

  async countResults(scope: TenantScope, f: CheckResultFilter): Promise<number> {
    return this.db.prisma.checkResult.count({ where: await this.resultWhere(scope, f) });
  }

  result(scope: TenantScope, id: string): Promise<CheckResult | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.checkResult.findFirst({ where }) : Promise.resolve(null);
  }

  /**
   * Ids of the newest result per tenant and check, of the tenants the scope may see, narrowed
   * to `tenantId` when one is asked for (not every tenant's, to be filtered afterwards).
   */
  async latestResultIds(scope: TenantScope, tenantId?: string | null): Promise<string[]> {
    // The home page reads about as many rows as there are checks, however many runs are kept.
    const { rows } = await this.db.pool.query<{ id: string }>(LATEST_RESULT_IDS_SQL, [
      scopeTenantIds(scope, tenantId),
    ]);
    return rows.map((r) => r.id);
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

  /**
   * One tenant's posture now: the newest finished run's score, the newest score at least one and
   * seven days before it, and its newest result per check counted by status.
   */
  async postureSummary(tenantId: string, now: Date): Promise<PostureSummaryRow | null> {
    const { rows } = await this.db.pool.query<{
      tenant_id: string;
      name: string;
      score: string | null;
      scored_at: Date | null;
      day_ago: string | null;
      week_ago: string | null;
    }>(
      `SELECT t.id AS tenant_id, t.name, cur.score, cur.finished_at AS scored_at,
              (SELECT score FROM check_runs WHERE tenant_id = t.id AND status = 'SUCCEEDED'
                  AND score IS NOT NULL AND finished_at <= $2::timestamptz - interval '1 day'
                ORDER BY finished_at DESC LIMIT 1) AS day_ago,
              (SELECT score FROM check_runs WHERE tenant_id = t.id AND status = 'SUCCEEDED'
                  AND score IS NOT NULL AND finished_at <= $2::timestamptz - interval '7 days'
                ORDER BY finished_at DESC LIMIT 1) AS week_ago
         FROM tenants t
         LEFT JOIN LATERAL (SELECT score, finished_at FROM check_runs
                             WHERE tenant_id = t.id AND status = 'SUCCEEDED' AND score IS NOT NULL
                               AND finished_at <= $2
                             ORDER BY finished_at DESC LIMIT 1) cur ON true
        WHERE t.id = $1`,
      [tenantId, now],
    );
    const row = rows[0];
    if (!row) return null;
    const counts = await this.db.pool.query<{ status: CheckResult['status']; count: number }>(
      `SELECT status, count(*)::int AS count FROM (
         SELECT DISTINCT ON (check_id) status FROM check_results WHERE tenant_id = $1
          ORDER BY check_id, evaluated_at DESC, id) latest
        GROUP BY status`,
      [tenantId],
    );
    return {
      tenantId: row.tenant_id,
      tenantName: row.name,
      score: toScore(row.score),
      scoredAt: row.scored_at,
      scoreDayAgo: toScore(row.day_ago),
      scoreWeekAgo: toScore(row.week_ago),
      statusCounts: counts.rows,
    };
  }

  /**
   * Every tenant the scope may see, one row each: newest score, failing checks (newest result
   * per check) and alerts still open or acknowledged. At most `limit` tenants, by name.
   */
  async tenantOverview(scope: TenantScope, limit: number): Promise<TenantOverviewRow[]> {
    const { rows } = await this.db.pool.query<{
      tenant_id: string;
      name: string;
      score: string | null;
      scored_at: Date | null;
      failing: number;
      open_alerts: number;
    }>(
      `SELECT t.id AS tenant_id, t.name, cur.score, cur.finished_at AS scored_at,
              (SELECT count(*)::int FROM (
                 SELECT DISTINCT ON (check_id) status FROM check_results WHERE tenant_id = t.id
                  ORDER BY check_id, evaluated_at DESC, id) latest
                WHERE status = 'FAIL') AS failing,
              (SELECT count(*)::int FROM alerts
                WHERE tenant_id = t.id AND state IN ('OPEN', 'ACKNOWLEDGED')) AS open_alerts
         FROM tenants t
         LEFT JOIN LATERAL (SELECT score, finished_at FROM check_runs
                             WHERE tenant_id = t.id AND status = 'SUCCEEDED' AND score IS NOT NULL
                             ORDER BY finished_at DESC LIMIT 1) cur ON true
        WHERE ($1::uuid[] IS NULL OR t.id = ANY($1::uuid[]))
        ORDER BY t.name, t.id
        LIMIT $2`,
      [scopeTenantIds(scope), limit],
    );
    return rows.map((r) => ({
      tenantId: r.tenant_id,
      name: r.name,
      score: toScore(r.score),
      scoredAt: r.scored_at,
      failing: r.failing,
      openAlerts: r.open_alerts,
    }));
  }

  /** The first tenant the scope may see, in creation order (what the home page shows first). */
  async firstTenantId(scope: TenantScope): Promise<string | null> {
    const { rows } = await this.db.pool.query<{ id: string }>(
      `SELECT id FROM tenants WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
        ORDER BY created_at, id LIMIT 1`,
      [scopeTenantIds(scope)],
    );
    return rows[0]?.id ?? null;
  }
}

const toScore = (v: string | number | null): number | null =>
  v === null ? null : Math.round(Number(v) * 10) / 10;

export interface PostureSummaryRow {
  tenantId: string;
  tenantName: string;
  score: number | null;
  scoredAt: Date | null;
  scoreDayAgo: number | null;
  scoreWeekAgo: number | null;
  statusCounts: Array<{ status: CheckResult['status']; count: number }>;
}

export interface TenantOverviewRow {
  tenantId: string;
  name: string;
  score: number | null;
  scoredAt: Date | null;
  failing: number;
  openAlerts: number;
}
