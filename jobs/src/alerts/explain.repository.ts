import { Inject, Injectable } from '@nestjs/common';
import {
  Prisma,
  type Alert,
  type CheckStatus,
  type DriftEvent,
  type Severity,
} from '@posture/prisma';
import { Db } from '../database/db.js';

/** A snapshot may be captured up to an hour ahead of the server's clock (snapshot.schema.ts). */
const CAPTURE_SKEW_MS = 3_600_000;

/** One check's result in a run beside the newest result of the same check before it. */
export interface ResultPair {
  checkId: string;
  severity: Severity;
  afterResultId: string;
  afterStatus: CheckStatus;
  afterMetric: number | null;
  beforeResultId: string | null;
  beforeRunId: string | null;
  beforeStatus: CheckStatus | null;
  beforeMetric: number | null;
}

/**
 * Each result of the run with the newest earlier result of its check: the run's results by
 * the (tenant_id, run_id) index, then one probe of (tenant_id, check_id, evaluated_at DESC)
 * per check (explain.spec.ts holds the plan to that).
 */
export function resultPairsSql(tenantId: string, runId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT r.check_id AS "checkId", r.severity::text AS "severity",
           r.id::text AS "afterResultId", r.status::text AS "afterStatus",
           r.metric AS "afterMetric",
           p.id::text AS "beforeResultId", p.run_id::text AS "beforeRunId",
           p.status::text AS "beforeStatus", p.metric AS "beforeMetric"
      FROM check_results r
      LEFT JOIN LATERAL (
        SELECT x.id, x.run_id, x.status, x.metric FROM check_results x
         WHERE x.tenant_id = r.tenant_id AND x.check_id = r.check_id
           AND x.evaluated_at < r.evaluated_at
         ORDER BY x.evaluated_at DESC
         LIMIT 1) p ON true
     WHERE r.tenant_id = ${tenantId}::uuid AND r.run_id = ${runId}::uuid`;
}

/** Reads that explain alerts and runs: what changed, and which drift did it. */
@Injectable()
export class ExplainRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** Each result of the run with the newest earlier result of its check (resultPairsSql). */
  async resultPairs(tenantId: string, runId: string): Promise<ResultPair[]> {
    const rows = await this.db.prisma.$queryRaw<ResultPair[]>(resultPairsSql(tenantId, runId));
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return rows.map((r) => ({
      ...r,
      afterMetric: num(r.afterMetric),
      beforeMetric: num(r.beforeMetric),
    }));
  }

  /** Alerts whose first result is one of these (opened by the run). */
  openedBy(tenantId: string, resultIds: readonly string[]): Promise<Alert[]> {
    if (resultIds.length === 0) return Promise.resolve([]);
    return this.db.prisma.alert.findMany({
      where: { tenantId, firstResultId: { in: [...resultIds] } },
      orderBy: [{ severity: 'asc' }, { checkId: 'asc' }],
    });
  }

  /**
   * Alerts that resolved themselves at one of these results (resolved by the run): a resolved
   * alert's latest result never moves again, so this is exact.
   */
  resolvedBy(tenantId: string, resultIds: readonly string[]): Promise<Alert[]> {
    if (resultIds.length === 0) return Promise.resolve([]);
    return this.db.prisma.alert.findMany({
      where: {
        tenantId,
        latestResultId: { in: [...resultIds] },
        state: 'RESOLVED',
        autoResolved: true,
      },
      orderBy: [{ severity: 'asc' }, { checkId: 'asc' }],
    });
  }

  /** The snapshot a result read (its capture time) and when the result was evaluated. */
  async resultTimes(
    tenantId: string,
    resultIds: readonly string[],
  ): Promise<Map<string, { evaluatedAt: Date; snapshotCapturedAt: Date | null }>> {
    if (resultIds.length === 0) return new Map();
    const rows = await this.db.prisma.$queryRaw<
      Array<{ id: string; evaluatedAt: Date; snapshotCapturedAt: Date | null }>
    >`
      SELECT r.id::text AS id, r.evaluated_at AS "evaluatedAt", s.captured_at AS "snapshotCapturedAt"
        FROM check_results r
        LEFT JOIN snapshots s ON s.tenant_id = r.tenant_id AND s.id = r.snapshot_id
       WHERE r.tenant_id = ${tenantId}::uuid AND r.id = ANY(${[...resultIds]}::uuid[])`;
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Drift of settings `checkId` reads in a time window, newest first, at most `limit`: by the
   * snapshots' capture time when `by` is capturedAt, else by when the drift was recorded.
   */
  driftOfCheck(
    tenantId: string,
    checkId: string,
    by: 'capturedAt' | 'detectedAt',
    after: Date,
    upTo: Date,
    limit: number,
  ): Promise<DriftEvent[]> {
    return this.db.prisma.driftEvent.findMany({
      where: {
        tenantId,
        checkIds: { has: checkId },
        // Bounds the (tenant_id, captured_at) index scan when the window is by detectedAt.
        capturedAt: {
          lte: by === 'capturedAt' ? upTo : new Date(upTo.getTime() + CAPTURE_SKEW_MS),
        },
        [by]: { gt: after, lte: upTo },
      },
      orderBy: [{ capturedAt: 'desc' }, { path: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  driftByIds(tenantId: string, ids: readonly string[], limit: number): Promise<DriftEvent[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.prisma.driftEvent.findMany({
      where: { tenantId, id: { in: [...ids] } },
      orderBy: [{ capturedAt: 'desc' }, { path: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }
}
