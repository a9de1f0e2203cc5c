import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../database/db.js';
import { ALL_TENANTS } from '../scope.js';
import { testContext, wireServices, type TestContext } from '../testing/services.js';
import { JsonTextEvent } from './signin.schema.js';

/**
 * Issue 12: sign-in rollups kept at ingest from the rows really inserted, and check runs that
 * read them and never sign_ins.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const EXO = '00000002-0000-0ff1-ce00-000000000000';
const APPS = ['IMAP4', 'Browser', 'Exchange ActiveSync', 'POP3', 'Mobile Apps and Desktop clients'];
const OS = ['Windows 10', 'iOS 17', 'Android 14'];
/** One clock for every body, so a re-pushed event is the same event. */
const NOW = Date.now();

/** Deterministic varied events: users, protocols, outcomes, MFA, CA, devices, over 3 days. */
function events(from: number, to: number, prefix = 'r') {
  const out: Array<Record<string, unknown>> = [];
  for (let i = from; i < to; i++) {
    out.push({
      id: `${prefix}${i}`,
      createdDateTime: new Date(NOW - ((i * 7919) % (72 * 60)) * 60_000).toISOString(),
      userPrincipalName: `User${i % 7}@Contoso.com`,
      appId: i % 4 === 0 ? '27922004-5251-4030-b22d-91ecd9a37ea4' : 'other-app',
      appDisplayName: i % 4 === 0 ? 'Outlook Mobile' : 'Other',
      resourceId: i % 5 === 0 ? 'graph' : EXO,
      clientAppUsed: APPS[i % APPS.length],
      status: { errorCode: i % 6 === 0 ? 50126 : 0 },
      isInteractive: i % 2 === 0,
      authenticationRequirement:
        i % 3 === 0
          ? 'multiFactorAuthentication'
          : i % 3 === 1
            ? 'singleFactorAuthentication'
            : undefined,
      conditionalAccessStatus: i % 4 === 1 ? 'notApplied' : 'success',
      deviceDetail: { operatingSystem: OS[i % OS.length], deviceId: `dev${i % 3}` },
      userAgent: `agent/${i % 11}`,
    });
  }
  return out;
}

/**
 * Each narrow rollup as a query over raw rows (test-only) and as the rollup holds it, in the
 * same shape and order: [from raw sign_ins, from the rollup table].
 */
const NARROW: Record<string, [string, string]> = {
  legacyUserDays: [
    `SELECT (created_at AT TIME ZONE 'UTC')::date::text AS day, lower(coalesce(user_principal_name, '')) AS upn,
            coalesce(client_app_used, '') AS app, is_success, count(*)::int AS n,
            min(created_at) AS first, max(created_at) AS last
       FROM sign_ins WHERE tenant_id = $1 AND is_legacy GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    `SELECT day::text AS day, user_principal_name AS upn, client_app_used AS app, is_success, count::int AS n,
            first_seen AS first, last_seen AS last
       FROM sign_in_legacy_user_days WHERE tenant_id = $1 ORDER BY 1, 2, 3, 4`,
  ],
  legacyClients: [
    `SELECT (created_at AT TIME ZONE 'UTC')::date::text AS day, lower(coalesce(user_principal_name, '')) AS upn,
            coalesce(client_app_used, '') AS app, coalesce(app_display_name, '') AS app_name,
            coalesce(operating_system, '') AS os, coalesce(device_id, '') AS device, coalesce(user_agent, '') AS ua,
            count(*)::int AS n
       FROM sign_ins WHERE tenant_id = $1 AND is_legacy AND is_success
      GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    `SELECT day::text AS day, user_principal_name AS upn, client_app_used AS app, app_display_name AS app_name,
            operating_system AS os, device_id AS device, user_agent AS ua, count::int AS n
       FROM sign_in_legacy_clients WHERE tenant_id = $1 ORDER BY 1, 2, 3, 4, 5, 6, 7`,
  ],
  exchangeUserDays: [
    `SELECT (created_at AT TIME ZONE 'UTC')::date::text AS day, lower(coalesce(user_principal_name, '')) AS upn,
            count(*) FILTER (WHERE is_interactive AND authentication_requirement IS NOT NULL AND authentication_requirement <> '')::int AS considered,
            count(*) FILTER (WHERE is_interactive AND authentication_requirement = 'multiFactorAuthentication')::int AS mfa,
            count(*) FILTER (WHERE conditional_access_status = 'notApplied')::int AS ca
       FROM sign_ins WHERE tenant_id = $1 AND is_success AND is_exchange GROUP BY 1, 2 ORDER BY 1, 2`,
    `SELECT day::text AS day, user_principal_name AS upn, mfa_considered::int AS considered,
            mfa_required::int AS mfa, ca_not_applied::int AS ca
       FROM sign_in_exchange_user_days WHERE tenant_id = $1 ORDER BY 1, 2`,
  ],
  mobileAppDays: [
    `SELECT (created_at AT TIME ZONE 'UTC')::date::text AS day, lower(coalesce(user_principal_name, '')) AS upn,
            coalesce(app_id, '') AS app_id, coalesce(app_display_name, '') AS app_name,
            coalesce(operating_system, '') AS os, count(*)::int AS n
       FROM sign_ins WHERE tenant_id = $1 AND is_success AND is_exchange AND NOT is_legacy AND is_mobile
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    `SELECT day::text AS day, user_principal_name AS upn, app_id, app_display_name AS app_name,
            operating_system AS os, count::int AS n
       FROM sign_in_mobile_app_days WHERE tenant_id = $1 ORDER BY 1, 2, 3, 4, 5`,
  ],
};

async function narrow(tenantId: string, side: 0 | 1) {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(NARROW))
    out[name] = (await ctx.db.pool.query(sql[side], [tenantId])).rows;
  return out;
}

/** The rollups recomputed from raw rows (a test-only query), as the rollups hold them. */
const rawGroups = (tenantId: string) => narrow(tenantId, 0);
const rollupGroups = (tenantId: string) => narrow(tenantId, 1);

async function dailyTotal(tenantId: string): Promise<number> {
  const { rows } = await ctx.db.pool.query<{ n: number }>(
    'SELECT coalesce(sum(count), 0)::int AS n FROM sign_in_daily_counts WHERE tenant_id = $1',
    [tenantId],
  );
  return rows[0]!.n;
}

describe('sign-in rollups', () => {
  it('equal a raw count(*) GROUP BY over the same rows, and count a duplicate or a re-push once', async () => {
    const t = await ctx.newTenant();
    const first = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, [
      ...events(0, 300),
      ...events(100, 150), // repeated inside the body
    ]);
    expect(first.rejected).toEqual([]);
    // Re-push an overlapping body: only the 100 new events count.
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events(200, 400));
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events(0, 400));
    expect(await ctx.signIns.count(t.id)).toBe(400);
    const raw = await rawGroups(t.id);
    // Every table holds rows (the comparison below is not of empty sets).
    for (const rows of Object.values(raw)) expect(rows.length).toBeGreaterThan(5);
    expect(await rollupGroups(t.id)).toEqual(raw);
    expect(await dailyTotal(t.id)).toBe(400);
    // Samples: event ids of the group's own rows, its newest event first.
    const { rows: samples } = await ctx.db.pool.query<{ same: boolean }>(
      `SELECT cardinality(r.sample_ids) = least(3, g.n) AND r.sample_ids[1] = g.ids[1] AND r.sample_ids <@ g.ids AS same
         FROM sign_in_legacy_user_days r,
              LATERAL (SELECT count(*) AS n, array_agg(s.id ORDER BY s.created_at DESC, s.id) AS ids FROM sign_ins s
                        WHERE s.tenant_id = r.tenant_id AND s.is_legacy AND s.is_success = r.is_success
                          AND (s.created_at AT TIME ZONE 'UTC')::date = r.day
                          AND lower(s.user_principal_name) = r.user_principal_name
                          AND s.client_app_used = r.client_app_used) g
        WHERE r.tenant_id = $1`,
      [t.id],
    );
    expect(samples.length).toBeGreaterThan(5);
    expect(samples.every((r) => r.same)).toBe(true);
    // The freshness marker is the raw rows' newest arrival and event.
    const { rows: fresh } = await ctx.db.pool.query(
      `SELECT f.last_ingested_at = s.ingested AND f.last_created_at = s.created AS same
         FROM sign_in_freshness f,
              (SELECT max(ingested_at) AS ingested, max(created_at) AS created FROM sign_ins WHERE tenant_id = $1) s
        WHERE f.tenant_id = $1`,
      [t.id],
    );
    expect(fresh).toEqual([{ same: true }]);
  });

  it('count once under two concurrent pushes of overlapping batches', async () => {
    const t = await ctx.newTenant();
    const a = events(0, 3000, 'c');
    const b = events(1500, 4500, 'c').reverse();
    const results = await Promise.all([
      ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, a),
      ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, b),
      ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events(1000, 2000, 'c')),
    ]);
    expect(results.reduce((s, r) => s + r.accepted, 0)).toBe(4500);
    expect(await ctx.signIns.count(t.id)).toBe(4500);
    expect(await rollupGroups(t.id)).toEqual(await rawGroups(t.id));
    expect(await dailyTotal(t.id)).toBe(4500);
  });
});

describe('events that arrive as JSON text', () => {
  it('are validated from the value and stored from the text, in pipelined batches', async () => {
    const t = await ctx.newTenant();
    const sent = events(0, 12_000, 't');
    const texts = sent.map((e) => JSON.stringify(e, null, 1).replace(/\n/g, ''));
    async function* stream() {
      for (const [i, text] of texts.entries()) {
        if (i === 7) yield new Error('not valid JSON: broken');
        yield new JsonTextEvent(text, JSON.parse(text));
      }
      yield new JsonTextEvent('{"id":""}', { id: '' });
    }
    const r = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, stream());
    expect(r.accepted).toBe(12_000);
    expect(r.rejected.map((x) => x.index)).toEqual([7, 12_001]);
    expect(r.rejected[0]!.reason).toBe('not valid JSON: broken');
    const { rows } = await ctx.db.pool.query<{ same: boolean }>(
      `SELECT event = $2::jsonb AS same FROM sign_ins WHERE tenant_id = $1 AND id = 't42'`,
      [t.id, texts[42]],
    );
    expect(rows).toEqual([{ same: true }]);
    expect(await rollupGroups(t.id)).toEqual(await rawGroups(t.id));
  });
});

describe('a check run', () => {
  const role = `posture_no_signins_${randomBytes(4).toString('hex')}`;
  let restricted: ReturnType<typeof wireServices> | undefined;
  afterAll(async () => {
    await restricted?.close();
    // The role's grants live in the test database, dropped by ctx.close(); drop the role after.
    const admin = new pg.Client({ connectionString: ctx.databaseUrl });
    await admin.connect();
    try {
      await admin.query(`DROP OWNED BY ${role}`);
      await admin.query(`DROP ROLE ${role}`);
    } finally {
      await admin.end();
    }
  });

  it('reads no sign_ins: it runs whole as a role that may not read sign_ins or any of its partitions', async () => {
    const t = await ctx.newTenant();
    const r = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events(0, 500, 'k'));
    expect(r.rejected).toEqual([]);
    const pool = ctx.db.pool;
    await pool.query(`CREATE ROLE ${role} LOGIN PASSWORD 'x'`);
    await pool.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await pool.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    );
    await pool.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    const { rows: parts } = await pool.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'sign_ins'::regclass`,
    );
    expect(parts.length).toBeGreaterThan(0);
    for (const name of ['sign_ins', ...parts.map((p) => p.name)])
      await pool.query(`REVOKE ALL ON "${name}" FROM ${role}`);

    const url = new URL(ctx.databaseUrl);
    url.username = role;
    url.password = 'x';
    restricted = wireServices(new Db(url.toString()));
    await expect(restricted.db.pool.query('SELECT 1 FROM sign_ins LIMIT 1')).rejects.toThrow(
      /permission denied/,
    );

    const run = await restricted.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    expect(run?.status, run?.error ?? '').toBe('SUCCEEDED');
    // The sign-in checks judged the data (from the rollups), not a blind spot.
    const expected = events(0, 500, 'k').filter(
      (e) =>
        !['Browser', 'Mobile Apps and Desktop clients'].includes(e.clientAppUsed as string) &&
        (e.status as { errorCode: number }).errorCode === 0,
    ).length;
    const { rows } = await pool.query<{ status: string; metric: number }>(
      `SELECT status, metric FROM check_results WHERE run_id = $1 AND check_id = 'SIGNIN.LEGACY_AUTH_SUCCESS'`,
      [run!.id],
    );
    expect(rows).toEqual([{ status: 'FAIL', metric: expected }]);
    // Rollout progress (readiness) reads no sign_ins either.
    await expect(restricted.rollout.progress(ALL_TENANTS, t.id)).resolves.toBeTruthy();
  });
});
