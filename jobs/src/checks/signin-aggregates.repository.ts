import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { LEGACY_CLIENT_APPS } from './client-apps.js';
import { EVIDENCE_CAP } from './evaluate.js';
import type { SignInAggregates, TimeWindow } from './types.js';

export const OUTLOOK_MOBILE_APP_ID = '27922004-5251-4030-b22d-91ecd9a37ea4';

export interface WaveMembers {
  waveId: string;
  waveName: string;
  /** Lower-cased UPNs. */
  upns: string[];
}

/**
 * Every sign-in number a check needs, computed in PostgreSQL over the look-back window: the
 * Node.js process only ever holds capped lists and counts, whatever the number of sign-ins.
 */
@Injectable()
export class SignInAggregatesRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** When sign-ins last arrived for the tenant, or null when none ever did. */
  async lastIngestedAt(tenantId: string): Promise<Date | null> {
    // The newest partition holds the newest rows; max() over the tenant's index is cheap.
    const { rows } = await this.db.pool.query<{ at: Date | null }>(
      `SELECT max(ingested_at) AS at FROM sign_ins WHERE tenant_id = $1 AND created_at >= now() - interval '400 days'`,
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
    const base = [tenantId, window.from, window.to];
    const inWindow = `tenant_id = $1 AND created_at >= $2 AND created_at < $3`;
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
      q<{ n: string }>(`SELECT count(*) AS n FROM sign_ins WHERE ${inWindow}`, base),
      q<{ app: string }>(
        `SELECT DISTINCT coalesce(client_app_used, '') AS app FROM sign_ins
            WHERE ${inWindow} AND is_legacy AND lower(coalesce(client_app_used, '')) <> ALL($4::text[])
            ORDER BY 1 LIMIT 50`,
        [...base, LEGACY_CLIENT_APPS],
      ),
      q<{
        upn: string;
        app: string;
        n: string;
        first: Date;
        last: Date;
        samples: string[];
        groups: string;
        events: string;
      }>(
        `SELECT coalesce(user_principal_name, '') AS upn, coalesce(client_app_used, '') AS app, count(*) AS n,
                  min(created_at) AS first, max(created_at) AS last,
                  (array_agg(id ORDER BY created_at DESC))[1:3] AS samples,
                  count(*) OVER () AS groups, sum(count(*)) OVER () AS events
             FROM sign_ins WHERE ${inWindow} AND is_legacy AND is_success
            GROUP BY 1, 2 ORDER BY n DESC, upn LIMIT ${EVIDENCE_CAP}`,
        base,
      ),
      q<{ cur: string; prev: string }>(
        `SELECT count(*) FILTER (WHERE created_at >= $2) AS cur, count(*) FILTER (WHERE created_at < $2) AS prev
             FROM sign_ins WHERE tenant_id = $1 AND created_at >= $4 AND created_at < $3 AND is_legacy AND NOT is_success`,
        [...base, previous.from],
      ),
      q<{ upn: string; app: string; n: string; last: Date; groups: string }>(
        `SELECT coalesce(user_principal_name, '') AS upn, coalesce(client_app_used, '') AS app, count(*) AS n,
                  max(created_at) AS last, count(*) OVER () AS groups
             FROM sign_ins WHERE ${inWindow} AND is_legacy AND NOT is_success
            GROUP BY 1, 2 ORDER BY n DESC, upn LIMIT ${EVIDENCE_CAP}`,
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
        `SELECT coalesce(user_principal_name, '') AS upn, device_id AS device, operating_system AS os, user_agent AS ua,
                  count(*) AS n, count(*) OVER () AS groups
             FROM sign_ins WHERE ${inWindow} AND is_success AND lower(client_app_used) = 'exchange activesync'
            GROUP BY 1, 2, 3, 4 ORDER BY n DESC, upn LIMIT ${EVIDENCE_CAP}`,
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
        `SELECT coalesce(user_principal_name, '') AS upn, app_id, app_display_name AS app_name, operating_system AS os,
                  count(*) AS n, count(*) OVER () AS groups
             FROM sign_ins WHERE ${inWindow} AND is_success AND is_exchange AND NOT is_legacy AND is_mobile
                  AND lower(coalesce(app_id, '')) <> ALL($4::text[])
            GROUP BY 1, 2, 3, 4 ORDER BY n DESC, upn LIMIT ${EVIDENCE_CAP}`,
        [...base, approvedMobileAppIds.map((id) => id.toLowerCase())],
      ),
      q<{ considered: string; mfa: string; missing: string }>(
        `SELECT count(*) FILTER (WHERE authentication_requirement IS NOT NULL) AS considered,
                  count(*) FILTER (WHERE authentication_requirement = 'multiFactorAuthentication') AS mfa,
                  count(*) FILTER (WHERE authentication_requirement IS NULL) AS missing
             FROM sign_ins WHERE ${inWindow} AND is_success AND is_exchange AND is_interactive`,
        base,
      ),
      waves.length === 0
        ? Promise.resolve([] as Array<{ wave: string; considered: string; mfa: string }>)
        : q<{ wave: string; considered: string; mfa: string }>(
            `SELECT m.wave, count(*) FILTER (WHERE s.authentication_requirement IS NOT NULL) AS considered,
                      count(*) FILTER (WHERE s.authentication_requirement = 'multiFactorAuthentication') AS mfa
                 FROM unnest($4::text[], $5::text[]) AS m(wave, upn)
                 JOIN sign_ins s ON s.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3
                                AND s.user_principal_name = m.upn
                WHERE s.is_success AND s.is_exchange AND s.is_interactive
                GROUP BY m.wave`,
            [
              ...base,
              waves.flatMap((w) => w.upns.map(() => w.waveId)),
              waves.flatMap((w) => w.upns),
            ],
          ),
      q<{ upn: string; n: string; groups: string; events: string }>(
        `SELECT coalesce(user_principal_name, '') AS upn, count(*) AS n, count(*) OVER () AS groups,
                  sum(count(*)) OVER () AS events
             FROM sign_ins WHERE ${inWindow} AND is_success AND is_exchange AND conditional_access_status = 'notApplied'
            GROUP BY 1 ORDER BY n DESC, upn LIMIT ${EVIDENCE_CAP}`,
        base,
      ),
    ]);
    const num = (v: string | undefined) => Number(v ?? 0);
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
            sampleIds: r.samples,
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
