import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  memoryOf,
  startApp,
  type RunningApp,
} from '../support/app-process.js';

/**
 * A check run over a tenant with a million sign-ins in the look-back window: the sign-in numbers
 * are computed in PostgreSQL, so the app's memory stays flat however many rows there are.
 * (Loading a million rows would take well over a gigabyte.)
 */
const ROWS = 1_000_000;
let app: RunningApp;
let dbUrl: string;
let token: string;

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  token = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'scale', '--role', 'ADMIN'])).stdout,
  );
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('a million sign-ins', () => {
  it('are checked without loading them into the Node.js process', async () => {
    const created = await gql<{ createTenant: { id: string } }>(
      app.url,
      token,
      'mutation { createTenant(name: "Big") { id } }',
    );
    const tenantId = created.data!.createTenant.id;
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const t0 = Date.now();
    try {
      await db.query(
        `SELECT posture_ensure_sign_in_partition(now() - d * interval '1 day') FROM generate_series(0, 7) d`,
      );
      // Spread over the last 6.9 days; a mix of protocols, outcomes, MFA and platforms.
      await db.query(
        `INSERT INTO sign_ins (tenant_id, created_at, id, user_principal_name, app_id, resource_id, client_app_used,
                               error_code, is_interactive, authentication_requirement, conditional_access_status,
                               operating_system, event)
         SELECT $1, now() - (g % 600000) * interval '1 second', 'm' || g, 'user' || (g % 5000) || '@contoso.com',
                CASE WHEN g % 3 = 0 THEN '27922004-5251-4030-b22d-91ecd9a37ea4' ELSE 'd3590ed6-52b3-4102-aeff-aad2292ab01c' END,
                '00000002-0000-0ff1-ce00-000000000000',
                (ARRAY['Browser','Mobile Apps and Desktop clients','IMAP4','Exchange ActiveSync','POP3','Authenticated SMTP'])[1 + g % 6],
                CASE WHEN g % 7 = 0 THEN 50126 ELSE 0 END, g % 2 = 0,
                CASE WHEN g % 4 = 0 THEN 'singleFactorAuthentication' ELSE 'multiFactorAuthentication' END,
                CASE WHEN g % 9 = 0 THEN 'notApplied' ELSE 'success' END,
                CASE WHEN g % 2 = 0 THEN 'iOS 17.4' ELSE 'Windows 10' END,
                jsonb_build_object('id', 'm' || g)
           FROM generate_series(1, $2::int) g`,
        [tenantId, ROWS],
      );
      await db.query('ANALYZE sign_ins');
    } finally {
      await db.end();
    }
    console.log(`generated ${ROWS} sign-ins in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // Warm up once (first queries, JIT) so the measured run shows what a run costs.
    await gql(app.url, token, 'mutation($t: ID!) { runChecks(tenantId: $t) { id } }', {
      t: tenantId,
    });
    const before = memoryOf(app.pid);
    const started = Date.now();
    const run = await gql<{ runChecks: { status: string; durationMs: number } }>(
      app.url,
      token,
      'mutation($t: ID!) { runChecks(tenantId: $t) { status durationMs } }',
      { t: tenantId },
    );
    const took = Date.now() - started;
    const after = memoryOf(app.pid);
    expect(run.errors).toBeUndefined();
    expect(run.data!.runChecks.status).toBe('SUCCEEDED');
    console.log(
      `check run over ${ROWS} sign-ins took ${(took / 1000).toFixed(2)} s (run ${run.data!.runChecks.durationMs} ms); ` +
        `app memory ${before.rssMiB.toFixed(0)} → ${after.rssMiB.toFixed(0)} MiB, peak ${before.peakMiB.toFixed(0)} → ${after.peakMiB.toFixed(0)} MiB`,
    );
    // A million rows held in memory would add well over 1 GiB; the run may add a little.
    expect(after.peakMiB - before.peakMiB).toBeLessThan(64);

    const legacy = await gql<{ allCheckResults: Array<{ metric: number; status: string }> }>(
      app.url,
      token,
      'query($t: ID!) { allCheckResults(filter: { tenantId: $t, checkId: "SIGNIN.LEGACY_AUTH_SUCCESS", latest: true }) { metric status } }',
      { t: tenantId },
    );
    // 4 of every 6 protocols are legacy, 6 of every 7 succeed: the count is exact, from SQL.
    const expected = Array.from({ length: ROWS }, (_, i) => i + 1).filter(
      (g) => g % 6 >= 2 && g % 7 !== 0,
    ).length;
    expect(legacy.data!.allCheckResults[0]).toEqual({ metric: expected, status: 'FAIL' });
  });
});
