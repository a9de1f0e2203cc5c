import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  startApp,
  startWorker,
  type RunningApp,
  type RunningWorker,
} from '../support/app-process.js';

/**
 * Scale-out (README, "Scaling"): two API processes and two workers over one database. The same
 * sign-ins pushed through both APIs at once are stored once; each queued check run runs once,
 * in one of the workers; a failing check opens one alert per tenant, however many processes.
 */
let apis: RunningApp[] = [];
let workers: RunningWorker[] = [];
let dbUrl: string;
let token: string;
let client: pg.Client;

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  const env = {
    DATABASE_URL: dbUrl,
    JOBS: 'off',
    INGEST_RUN_DEBOUNCE_SECONDS: '2',
    JOB_POLL_SECONDS: '0.5',
  };
  const first = await startApp(env);
  // The second API shares the first's secret key, as every process of one deployment does.
  apis = [first, await startApp({ ...env, POSTURE_SECRET_KEY: first.env.POSTURE_SECRET_KEY })];
  token = lastLine(
    (await cli(first.env, ['token', 'create', '--name', 'scale', '--role', 'ADMIN'])).stdout,
  );
  client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
}, 180_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await Promise.all(apis.map((a) => a.stop()));
  await client?.end();
  if (dbUrl) await dropDatabase(dbUrl);
});

const events = (tenant: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${tenant}-${i}`,
    createdDateTime: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
    userPrincipalName: `user${i % 20}@contoso.com`,
    clientAppUsed: i % 2 === 0 ? 'IMAP4' : 'Browser',
    status: { errorCode: 0 },
  }));

async function push(app: RunningApp, tenantId: string, body: unknown[]) {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/signins`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}` },
    body: body.map((e) => JSON.stringify(e)).join('\n'),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { accepted: number; duplicates: number };
}

describe('two APIs and two workers over one database', () => {
  it('keeps ingestion and check runs exactly-once, alerts one per tenant and check', async () => {
    const tenants: string[] = [];
    for (const name of ['North', 'South', 'East']) {
      const r = await gql<{ createTenant: { id: string } }>(
        apis[tenants.length % 2]!.url,
        token,
        'mutation($n: String!) { createTenant(name: $n) { id } }',
        { n: name },
      );
      tenants.push(r.data!.createTenant.id);
    }
    // Every tenant's 3,000 sign-ins pushed through both APIs at once, in three overlapping parts.
    const results = await Promise.all(
      tenants.flatMap((t, k) => {
        const all = events(`t${k}`, 3_000);
        return [
          push(apis[0]!, t, all.slice(0, 2_000)),
          push(apis[1]!, t, all.slice(1_000, 3_000)),
          push(apis[1]!, t, all.slice(0, 1_000)),
        ];
      }),
    );
    const accepted = results.reduce((n, r) => n + r.accepted, 0);
    const duplicates = results.reduce((n, r) => n + r.duplicates, 0);
    expect(accepted).toBe(3 * 3_000);
    expect(duplicates).toBe(3 * 2_000); // 5,000 sent per tenant, 3,000 distinct
    const stored = await client.query<{ tenant_id: string; n: number; ids: number }>(
      `SELECT tenant_id, count(*)::int AS n, count(DISTINCT id)::int AS ids FROM sign_ins GROUP BY 1`,
    );
    expect(stored.rows.map((r) => [r.n, r.ids])).toEqual(tenants.map(() => [3_000, 3_000]));

    // Nothing runs checks in the APIs (JOBS=off); the two workers share the queued runs.
    workers = await Promise.all([startWorker(apis[0]!.env), startWorker(apis[1]!.env)]);
    const runs = async () =>
      (
        await client.query<{ tenant_id: string; status: string }>(
          `SELECT tenant_id, status FROM check_runs WHERE trigger = 'INGEST' ORDER BY tenant_id`,
        )
      ).rows;
    await expect
      .poll(async () => (await runs()).filter((r) => r.status === 'SUCCEEDED').length, {
        timeout: 60_000,
        interval: 500,
      })
      .toBeGreaterThanOrEqual(tenants.length);
    // Until the queue is empty (a debounced run may still wait its turn), then quiet a while:
    // no second run of any job appears in either worker.
    await expect
      .poll(
        async () =>
          (
            await client.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pgboss.job
                WHERE name = 'check-run' AND state IN ('created', 'retry', 'active')`,
            )
          ).rows[0]!.n,
        { timeout: 60_000, interval: 500 },
      )
      .toBe(0);
    await new Promise((r) => setTimeout(r, 3_000));
    const jobs = await client.query<{ tenant: string; n: number }>(
      `SELECT data->>'tenantId' AS tenant, count(*)::int AS n FROM pgboss.job
        WHERE name = 'check-run' AND state = 'completed' GROUP BY 1`,
    );
    const ran = await runs();
    for (const t of tenants) {
      const mine = ran.filter((r) => r.tenant_id === t);
      expect(mine.every((r) => r.status === 'SUCCEEDED')).toBe(true);
      // One run per completed job: no job was run by both workers.
      expect(mine.length).toBe(jobs.rows.find((j) => j.tenant === t)?.n ?? 0);
    }
    // Each worker ran some of them (both took part), and neither logged a double claim.
    const byWorker = workers.map((w) => w.output());
    expect(byWorker.join('')).not.toMatch(/could not queue|duplicate key/);

    // Never two open alerts of one tenant and check, whichever worker ran the checks. (Whether
    // these sign-ins alone open an alert depends on the tenant's declared sources: not asserted.)
    const alerts = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM alerts WHERE state <> 'RESOLVED' GROUP BY tenant_id, check_id HAVING count(*) > 1`,
    );
    expect(alerts.rows).toEqual([]);
  });
});
