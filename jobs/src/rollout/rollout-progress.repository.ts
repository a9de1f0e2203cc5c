import { Inject, Injectable } from '@nestjs/common';
import { Db, type Tx } from '../database/db.js';
import { rollupDays } from '../common/sign-in-days.js';
import type { SnapshotBody, SnapshotSourceName } from '../ingest/snapshot.schema.js';
import { OVERALL, type CoverageNow } from './progress.js';

/** The newest data of one source as of a time, read inside a caller's transaction. */
export interface SourceAt {
  source: SnapshotSourceName;
  snapshotId: string;
  capturedAt: Date;
  data: NonNullable<SnapshotBody[SnapshotSourceName]>;
}

export interface HistoryPoint {
  waveKey: string;
  at: Date;
  members: number;
  covered: number;
  withoutMailbox: number;
  coverage: number | null;
}

export interface ReadinessSignIns {
  waveId: string;
  userPrincipalName: string;
  protocols: string[];
  clients: string[];
  count: number;
  lastSeen: Date;
}

/** Days of coverage history served: beyond RECENT_DAYS, the last point of each day. */
export const HISTORY_DAYS = 400;
/** Days in which every point is served (the projection's window). */
export const RECENT_DAYS = 14;
/** At most this many recent points (all waves together): hourly runs over 14 days, 20 waves. */
const RECENT_CAP = 14 * 24 * 21;
/** People listed per wave in readiness (the most active first). */
export const READINESS_CAP = 1000;

@Injectable()
export class RolloutProgressRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /**
   * Stores the coverage a check run computed, in the run's transaction: one row per wave and one
   * for the whole organization, keyed by the data's capture time (a later run over the same data
   * replaces its row).
   */
  async record(tx: Tx, tenantId: string, runId: string | null, now: CoverageNow): Promise<number> {
    if (!now.capturedAt) return 0;
    const rows = [
      ...(now.overall
        ? [{ waveKey: OVERALL, waveName: null, waveOrder: null, cov: now.overall }]
        : []),
      ...now.waves.flatMap((w) =>
        w.coverage
          ? [
              {
                waveKey: w.wave.id,
                waveName: w.wave.name,
                waveOrder: w.wave.order,
                cov: w.coverage,
              },
            ]
          : [],
      ),
    ];
    for (const r of rows) {
      const data = {
        snapshotId: now.snapshotId,
        // A snapshot writes its point without a run; the run over the same data adds its id.
        ...(runId === null ? {} : { runId }),
        waveName: r.waveName,
        waveOrder: r.waveOrder,
        members: r.cov.members,
        covered: r.cov.covered,
        withoutMailbox: r.cov.withoutMailbox,
        coverage: r.cov.coverage,
        recordedAt: new Date(),
      };
      await tx.rolloutCoveragePoint.upsert({
        where: {
          tenantId_waveKey_capturedAt: { tenantId, waveKey: r.waveKey, capturedAt: now.capturedAt },
        },
        create: { tenantId, waveKey: r.waveKey, capturedAt: now.capturedAt, ...data },
        update: data,
      });
    }
    return rows.length;
  }

  /**
   * The newest snapshot carrying each source, captured at or before `at`, read in the caller's
   * transaction (so a snapshot being stored sees itself): the data a coverage point at `at` is
   * computed from. One index scan per source on (tenant_id, captured_at).
   */
  async sourcesAt(tx: Tx, tenantId: string, at: Date): Promise<SourceAt[]> {
    return tx.$queryRawUnsafe<SourceAt[]>(
      `SELECT DISTINCT ON (src) src AS source, s.id::text AS "snapshotId",
              s.captured_at AS "capturedAt", s.raw -> src AS data
         FROM snapshots s CROSS JOIN LATERAL unnest(s.sources) AS src
        WHERE s.tenant_id = $1::uuid AND s.captured_at <= $2
        ORDER BY src, s.captured_at DESC, s.received_at DESC`,
      tenantId,
      at,
    );
  }

  /**
   * Coverage history per wave (and overall): every point of the last RECENT_DAYS days, and the
   * last point of each earlier day back to HISTORY_DAYS. Both are index range scans on the
   * primary key (tenant_id, wave_key, captured_at); years of hourly snapshots give at most one
   * row a day beyond the recent stretch.
   */
  async history(tenantId: string, waveKeys: readonly string[], now: Date): Promise<HistoryPoint[]> {
    const recentFrom = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
    const { rows } = await this.db.pool.query<{
      wave_key: string;
      captured_at: Date;
      members: number;
      covered: number;
      without_mailbox: number;
      coverage: number | null;
    }>(
      `(SELECT DISTINCT ON (wave_key, date_trunc('day', captured_at, 'UTC'))
               wave_key, captured_at, members, covered, without_mailbox, coverage
          FROM rollout_coverage_points
         WHERE tenant_id = $1 AND wave_key = ANY($2::text[]) AND captured_at >= $3 AND captured_at < $4
         ORDER BY wave_key, date_trunc('day', captured_at, 'UTC'), captured_at DESC)
       UNION ALL
       (SELECT wave_key, captured_at, members, covered, without_mailbox, coverage
          FROM rollout_coverage_points
         WHERE tenant_id = $1 AND wave_key = ANY($2::text[]) AND captured_at >= $4
         ORDER BY captured_at DESC LIMIT ${RECENT_CAP})`,
      [tenantId, [...waveKeys], new Date(now.getTime() - HISTORY_DAYS * 86_400_000), recentFrom],
    );
    return rows
      .map((r) => ({
        waveKey: r.wave_key,
        at: r.captured_at,
        members: r.members,
        covered: r.covered,
        withoutMailbox: r.without_mailbox,
        coverage: r.coverage,
      }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /**
   * Per wave and member, the successful legacy-protocol sign-ins (Basic-auth ActiveSync among
   * them: `is_legacy` is every clientAppUsed but Browser and modern clients) in the window's UTC
   * days, from the sign-in rollups (never raw sign_ins): protocols, count and last seen from
   * sign_in_legacy_user_days, clients (app, OS and user agent) from sign_in_legacy_clients, for
   * the ranked members only; the most active first, READINESS_CAP per wave.
   */
  async readiness(
    tenantId: string,
    window: { from: Date; to: Date },
    waves: ReadonlyArray<{ waveId: string; upns: readonly string[] }>,
    cap: number | null = READINESS_CAP,
  ): Promise<ReadinessSignIns[]> {
    const pairs = waves.flatMap((w) => w.upns.map((u) => [w.waveId, u] as const));
    if (pairs.length === 0) return [];
    const days = rollupDays(window);
    const { rows } = await this.db.pool.query<{
      wave: string;
      upn: string;
      protocols: string[];
      clients: string[];
      n: string;
      last: Date;
    }>(
      `SELECT wave, upn, protocols, n, last,
              (SELECT (array_agg(DISTINCT concat_ws(' · ', nullif(c.app_display_name, ''),
                        nullif(c.operating_system, ''), nullif(c.user_agent, ''))))[1:5]
                 FROM sign_in_legacy_clients c
                WHERE c.tenant_id = $1 AND c.user_principal_name = ranked.upn
                  AND c.day >= $2::date AND c.day < $3::date) AS clients
         FROM (
         SELECT m.wave, m.upn,
                array_agg(DISTINCT r.client_app_used) AS protocols,
                sum(r.count) AS n, max(r.last_seen) AS last,
                row_number() OVER (PARTITION BY m.wave ORDER BY sum(r.count) DESC, m.upn) AS rank
           FROM unnest($4::text[], $5::text[]) AS m(wave, upn)
           JOIN sign_in_legacy_user_days r ON r.tenant_id = $1 AND r.user_principal_name = m.upn
                                          AND r.day >= $2::date AND r.day < $3::date
          WHERE r.is_success
          GROUP BY m.wave, m.upn) ranked
        WHERE $6::int IS NULL OR rank <= $6::int`,
      [tenantId, days.from, days.to, pairs.map((p) => p[0]), pairs.map((p) => p[1]), cap],
    );
    return rows.map((r) => ({
      waveId: r.wave,
      userPrincipalName: r.upn,
      protocols: r.protocols.filter((p) => p !== ''),
      clients: r.clients.filter((c) => c !== ''),
      count: Number(r.n),
      lastSeen: r.last,
    }));
  }
}
