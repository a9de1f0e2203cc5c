import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { LEGACY_CLIENT_APPS } from './client-apps.js';
import { EVIDENCE_CAP } from './evaluate.js';
import { dayOf, rollupDays, utcDayStart } from '../common/sign-in-days.js';
import type { SignInAggregates, TimeWindow } from './types.js';

export const OUTLOOK_MOBILE_APP_ID = '27922004-5251-4030-b22d-91ecd9a37ea4';

export interface WaveMembers {
  waveId: string;
  waveName: string;
  /** Lower-cased UPNs. */
  upns: string[];
}

/**
 * Every sign-in number a check needs, computed in PostgreSQL from the sign-in rollups, never from
 * raw sign_ins: sign_in_daily_counts per day, and the narrow per-user tables of migration
 * *_sign_in_narrow_rollups (legacy sign-ins per user and protocol, legacy clients, Exchange
 * Online counts per user, mobile apps per user), each keyed by only what its question reads. The
 * cost follows the number of users and days, not of events, and the Node.js process only ever
 * holds capped lists and counts.
 */
@Injectable()
export class SignInAggregatesRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** When sign-ins last arrived for the tenant, or null when none ever did (one row, kept at ingest). */
  async lastIngestedAt(tenantId: string): Promise<Date | null> {
    const { rows } = await this.db.pool.query<{ at: Date }>(
      `SELECT last_ingested_at AS at FROM sign_in_freshness WHERE tenant_id = $1`,
      [tenantId],
    );
    return rows[0]?.at ?? null;
  }

  async compute(
    tenantId: string,
    window: TimeWindow,
    previous: TimeWindow,
    waves: WaveMembers[],
    /** Lower-cased application ids allowed to reach Exchange Online from iOS and Android. */
    approvedMobileAppIds: readonly string[] = [OUTLOOK_MOBILE_APP_ID],
  ): Promise<SignInAggregates> {
    const q = <R extends object>(sql: string, params: unknown[]) =>
      this.db.pool.query<R>(sql, params).then((r) => r.rows);
    const days = rollupDays(window);
    // The previous window ends where this one starts, whole days on both sides.
    const previousFrom = dayOf(utcDayStart(previous.from));
    const base = [tenantId, days.from, days.to];
    const inWindow = `tenant_id = $1 AND day >= $2::date AND day < $3::date`;
    const [
      totals,
      unknownApps,
      legacySuccess,
      failures,
      failureUsers,
      eas,
      nonOutlook,
      mfa,
      byWave,
      caNotApplied,
    ] = await Promise.all([
      q<{ n: string }>(`SELECT sum(count) AS n FROM sign_in_daily_counts WHERE ${inWindow}`, base),
      q<{ app: string }>(
        `SELECT DISTINCT client_app_used AS app FROM sign_in_protocol_days
            WHERE ${inWindow} AND is_legacy AND lower(client_app_used) <> ALL($4::text[])
            ORDER BY 1 LIMIT 50`,
        [...base, LEGACY_CLIENT_APPS],
      ),
      q<{
        upn: string;
        app: string;
        n: string;
        first: Date;
        last: Date;
        samples: string[] | null;
        groups: string;
        events: string;
      }>(
        // Samples: each rollup row keeps its newest event ids (up to 3); the user and protocol's
        // newest rows give theirs, newest first.
        `WITH g AS (
           SELECT user_principal_name AS upn, client_app_used AS app, sum(count) AS n,
                  min(first_seen) AS first, max(last_seen) AS last,
                  count(*) OVER () AS groups, sum(sum(count)) OVER () AS events
             FROM sign_in_legacy_user_days WHERE ${inWindow} AND is_success
            GROUP BY 1, 2 ORDER BY n DESC, upn, app LIMIT ${EVIDENCE_CAP})
         SELECT g.*,
                (SELECT (array_agg(u.sid ORDER BY r.last_seen DESC, u.o))[1:3]
                   FROM sign_in_legacy_user_days r, unnest(r.sample_ids) WITH ORDINALITY AS u(sid, o)
                  WHERE r.tenant_id = $1 AND r.day >= $2::date AND r.day < $3::date AND r.is_success
                    AND r.user_principal_name = g.upn AND r.client_app_used = g.app) AS samples
           FROM g ORDER BY n DESC, upn, app`,
        base,
      ),
      q<{ cur: string | null; prev: string | null }>(
        `SELECT sum(count) FILTER (WHERE day >= $2::date) AS cur, sum(count) FILTER (WHERE day < $2::date) AS prev
             FROM sign_in_daily_counts
            WHERE tenant_id = $1 AND day >= $4::date AND day < $3::date AND is_legacy AND NOT is_success`,
        [...base, previousFrom],
      ),
      q<{ upn: string; app: string; n: string; last: Date; groups: string }>(
        `SELECT user_principal_name AS upn, client_app_used AS app, sum(count) AS n,
                  max(last_seen) AS last, count(*) OVER () AS groups
             FROM sign_in_legacy_user_days WHERE ${inWindow} AND NOT is_success
            GROUP BY 1, 2 ORDER BY n DESC, upn, app LIMIT ${EVIDENCE_CAP}`,
        base,
      ),
      q<{
        upn: string;
        device: string | null;
        os: string | null;
        ua: string | null;
        n: string;
        groups: string;
      }>(
        // The protocol is matched case-insensitively without lower() on every rollup row (35 ms
        // per 52,500 rows at a million sign-ins, most of the statement): sign_in_protocol_days
        // holds each spelling of the same legacy, successful rows per day (few rows), and the
        // clients are then matched on those spellings exactly.
        `SELECT user_principal_name AS upn, nullif(device_id, '') AS device, nullif(operating_system, '') AS os,
                  nullif(user_agent, '') AS ua, sum(count) AS n, count(*) OVER () AS groups
             FROM sign_in_legacy_clients
            WHERE ${inWindow} AND client_app_used = ANY(ARRAY(
                    SELECT DISTINCT client_app_used FROM sign_in_protocol_days
                     WHERE ${inWindow} AND is_legacy AND is_success
                       AND lower(client_app_used) = 'exchange activesync'))
            GROUP BY 1, 2, 3, 4 ORDER BY n DESC, upn, device, os, ua LIMIT ${EVIDENCE_CAP}`,
        base,
      ),
      q<{
        upn: string;
        app_id: string | null;
        app_name: string | null;
        os: string | null;
        n: string;
        groups: string;
      }>(
        // Grouped first, then the approved ids compared case-insensitively per group: lower() on
        // each rollup row cost more than the grouping.
        `WITH g AS MATERIALIZED (
           SELECT user_principal_name AS upn, app_id, app_display_name, operating_system, sum(count) AS n
             FROM sign_in_mobile_app_days WHERE ${inWindow} GROUP BY 1, 2, 3, 4)
         SELECT upn, nullif(app_id, '') AS app_id, nullif(app_display_name, '') AS app_name,
                nullif(operating_system, '') AS os, n, count(*) OVER () AS groups
           FROM g WHERE lower(app_id) <> ALL($4::text[])
          ORDER BY n DESC, upn, app_id, app_name, os LIMIT ${EVIDENCE_CAP}`,
        [...base, approvedMobileAppIds.map((id) => id.toLowerCase())],
      ),
      q<{ considered: string | null; mfa: string | null; missing: string | null }>(
        `SELECT sum(count) FILTER (WHERE authentication_requirement <> '') AS considered,
                  sum(count) FILTER (WHERE authentication_requirement = 'multiFactorAuthentication') AS mfa,
                  sum(count) FILTER (WHERE authentication_requirement = '') AS missing
             FROM sign_in_daily_counts WHERE ${inWindow} AND is_success AND is_exchange AND is_interactive`,
        base,
      ),
      waves.length === 0
        ? Promise.resolve([] as Array<{ wave: string; considered: string; mfa: string }>)
        : q<{ wave: string; considered: string; mfa: string }>(
            `SELECT m.wave, sum(r.mfa_considered) AS considered, sum(r.mfa_required) AS mfa
                 FROM unnest($4::text[], $5::text[]) AS m(wave, upn)
                 JOIN sign_in_exchange_user_days r ON r.tenant_id = $1 AND r.user_principal_name = m.upn
                                                  AND r.day >= $2::date AND r.day < $3::date
                GROUP BY m.wave`,
            [
              ...base,
              waves.flatMap((w) => w.upns.map(() => w.waveId)),
              waves.flatMap((w) => w.upns),
            ],
          ),
      q<{ upn: string; n: string; groups: string; events: string }>(
        `SELECT user_principal_name AS upn, sum(ca_not_applied) AS n, count(*) OVER () AS groups,
                  sum(sum(ca_not_applied)) OVER () AS events
             FROM sign_in_exchange_user_days
            WHERE ${inWindow} AND ca_not_applied > 0
            GROUP BY 1 ORDER BY n DESC, upn LIMIT ${EVIDENCE_CAP}`,
        base,
      ),
    ]);
    const num = (v: string | null | undefined) => Number(v ?? 0);
    const waveStats = new Map(byWave.map((r) => [r.wave, r]));
    return {
      totalEvents: num(totals[0]?.n),
      unknownClientApps: unknownApps.map((r) => r.app),
      legacySuccess: {
        count: num(legacySuccess[0]?.events),
        byUserProtocol: {
          total: num(legacySuccess[0]?.groups),
          items: legacySuccess.map((r) => ({
            userPrincipalName: r.upn,
            clientAppUsed: r.app,
            count: num(r.n),
            firstSeen: r.first,
            lastSeen: r.last,
            sampleIds: r.samples ?? [],
          })),
        },
      },
      legacyFailures: {
        current: num(failures[0]?.cur),
        previous: num(failures[0]?.prev),
        users: {
          total: num(failureUsers[0]?.groups),
          items: failureUsers.map((r) => ({
            userPrincipalName: r.upn,
            clientAppUsed: r.app,
            count: num(r.n),
            lastSeen: r.last,
          })),
        },
      },
      easSuccess: {
        total: num(eas[0]?.groups),
        items: eas.map((r) => ({
          userPrincipalName: r.upn,
          deviceId: r.device,
          operatingSystem: r.os,
          userAgent: r.ua,
          count: num(r.n),
        })),
      },
      unapprovedMobileApps: {
        total: num(nonOutlook[0]?.groups),
        items: nonOutlook.map((r) => ({
          userPrincipalName: r.upn,
          appId: r.app_id,
          appDisplayName: r.app_name,
          operatingSystem: r.os,
          count: num(r.n),
        })),
      },
      mfa: {
        considered: num(mfa[0]?.considered),
        withMfa: num(mfa[0]?.mfa),
        missingRequirement: num(mfa[0]?.missing),
        byWave: waves.map((w) => ({
          waveId: w.waveId,
          waveName: w.waveName,
          considered: num(waveStats.get(w.waveId)?.considered),
          withMfa: num(waveStats.get(w.waveId)?.mfa),
        })),
      },
      caNotApplied: {
        count: num(caNotApplied[0]?.events),
        users: {
          total: num(caNotApplied[0]?.groups),
          items: caNotApplied.map((r) => ({ userPrincipalName: r.upn, count: num(r.n) })),
        },
      },
    };
  }
}
