import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '@posture/emulator';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@posture/prisma';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  REPO,
  startApp,
  type RunningApp,
} from '../support/app-process.js';
import { createEmulatedTenant } from '../support/emulated-tenant.js';

/**
 * `npm run test:faults`: the product under the faults a real deployment meets. Each scenario
 * injects faults, then checks what must hold afterwards — every sign-in stored exactly once,
 * every run completed or failed with its reason and run again, the service healthy — and the
 * suite prints `faults injected: N, survived: N, rows lost: 0, rows duplicated: 0`.
 *
 * Not injected here: a full disk. Filling a tablespace needs a size-limited mount (root and a
 * loop device or tmpfs), which CI machines do not give; PostgreSQL answers a full disk like the
 * outage below (writes fail, nothing is half-written), and the push client retries alike.
 */
const tally = { injected: 0, survived: 0, lost: 0, duplicated: 0 };

afterAll(() => {
  const line = `faults injected: ${tally.injected}, survived: ${tally.survived}, rows lost: ${tally.lost}, rows duplicated: ${tally.duplicated}`;
  console.log(line);
  const dir = path.join(REPO, 'test', 'artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'faults.json'), JSON.stringify(tally, null, 2));
});

/** Counts a scenario's faults, and as survived only when `check` passes. */
async function scenario(faults: number, check: () => Promise<void>): Promise<void> {
  tally.injected += faults;
  await check();
  tally.survived += faults;
}

async function sigkill(app: RunningApp): Promise<void> {
  process.kill(app.pid, 'SIGKILL');
  for (;;) {
    try {
      process.kill(app.pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function events(batch: number, size: number): string {
  const now = Date.now();
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const n = batch * size + i;
    lines.push(
      JSON.stringify({
        id: `fault-${n}`,
        createdDateTime: new Date(now - (n % 50_000) * 1000).toISOString(),
        userPrincipalName: `user${n % 300}@contoso.com`,
        appId: '27922004-5251-4030-b22d-91ecd9a37ea4',
        resourceId: '00000002-0000-0ff1-ce00-000000000000',
        clientAppUsed: n % 3 === 0 ? 'Exchange ActiveSync' : 'Mobile Apps and Desktop clients',
        isInteractive: true,
        status: { errorCode: n % 5 === 0 ? 50126 : 0 },
        deviceDetail: { operatingSystem: 'iOS 17.4' },
      }),
    );
  }
  return lines.join('\n');
}

/** A push client as collectors are written: a batch not answered 200 is sent again. */
async function push(url: () => string, tenantId: string, token: string, body: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${url()}/api/v1/tenants/${tenantId}/signins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
        body,
      });
      if (res.ok) return (await res.json()) as { accepted: number };
      await res.body?.cancel();
    } catch {
      // refused or reset: the server is down; try again
    }
    if (Date.now() > deadline) throw new Error('push did not succeed within 2 minutes');
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function countRows(dbUrl: string, tenantId: string) {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string; d: string; rolled: string; daily: string }>(
      `SELECT (SELECT count(*) FROM sign_ins WHERE tenant_id = $1) AS n,
              (SELECT count(DISTINCT id) FROM sign_ins WHERE tenant_id = $1) AS d,
              (SELECT coalesce(sum(count), 0) FROM sign_in_protocol_days WHERE tenant_id = $1) AS rolled,
              (SELECT coalesce(sum(count), 0) FROM sign_in_daily_counts WHERE tenant_id = $1) AS daily`,
      [tenantId],
    );
    const r = rows[0]!;
    return {
      rows: Number(r.n),
      distinct: Number(r.d),
      rolledUp: Number(r.rolled),
      daily: Number(r.daily),
    };
  } finally {
    await c.end();
  }
}

/**
 * Adds to the tally what is missing or doubled against the `expected` distinct events, in the
 * raw rows and in the rollups kept at ingest (which every check reads).
 */
async function account(dbUrl: string, tenantId: string, expected: number) {
  const { rows, distinct, rolledUp, daily } = await countRows(dbUrl, tenantId);
  tally.lost += Math.max(0, expected - distinct, expected - rolledUp, expected - daily);
  tally.duplicated += rows - distinct + Math.max(0, rolledUp - expected, daily - expected);
  expect({ rows, distinct, rolledUp, daily }).toEqual({
    rows: expected,
    distinct: expected,
    rolledUp: expected,
    daily: expected,
  });
}

async function newTenant(app: RunningApp, token: string, name: string): Promise<string> {
  const r = await gql<{ createTenant: { id: string } }>(
    app.url,
    token,
    'mutation($n: String!) { createTenant(name: $n) { id } }',
    { n: name },
  );
  return r.data!.createTenant.id;
}

describe('faults', () => {
  it('SIGKILL mid-ingest and mid-check-run: nothing lost or doubled, the run failed with its reason and ran again', async () => {
    const dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
    const env = {
      DATABASE_URL: dbUrl,
      JOBS: 'on',
      SCHEDULE_TICK_MS: '500',
      JOB_POLL_SECONDS: '0.5',
      INGEST_RUN_DEBOUNCE_SECONDS: '3600',
    };
    let app = await startApp(env);
    try {
      const token = lastLine(
        (await cli(app.env, ['token', 'create', '--name', 'faults', '--role', 'ADMIN'])).stdout,
      );
      const tenantId = await newTenant(app, token, 'Killed');
      const BATCHES = 10;
      const SIZE = 3000;
      // Two kills, each while a batch is on the wire; the client re-sends what was not answered.
      await scenario(2, async () => {
        for (let b = 0; b < BATCHES; b++) {
          const body = events(b, SIZE);
          if (b === 3 || b === 7) {
            const inFlight = fetch(`${app.url}/api/v1/tenants/${tenantId}/signins`, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${token}`,
                'content-type': 'application/x-ndjson',
              },
              body,
            }).catch(() => null);
            await new Promise((r) => setTimeout(r, 40));
            await sigkill(app);
            await inFlight;
            app = await startApp(app.env);
          }
          await push(() => app.url, tenantId, token, body);
        }
        await account(dbUrl, tenantId, BATCHES * SIZE);
      });

      // Mid-run: hold the tenant's finish lock so the run is caught RUNNING, then kill it.
      await scenario(1, async () => {
        const blocker = new pg.Client({ connectionString: dbUrl });
        await blocker.connect();
        await blocker.query('BEGIN');
        await blocker.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `check-run:${tenantId}`,
        ]);
        const running = gql(
          app.url,
          token,
          'mutation($t: ID!) { runChecks(tenantId: $t) { id } }',
          {
            t: tenantId,
          },
        ).catch(() => null);
        let killedRun: string | undefined;
        await expect
          .poll(
            async () => {
              const { rows } = await blocker.query<{ id: string }>(
                `SELECT id FROM check_runs WHERE tenant_id = $1 AND status = 'RUNNING'`,
                [tenantId],
              );
              killedRun = rows[0]?.id;
              return rows.length;
            },
            { timeout: 60_000 },
          )
          .toBe(1);
        await sigkill(app);
        await running;
        await blocker.query('ROLLBACK');
        await blocker.end();
        app = await startApp(app.env);
        const runs = async () =>
          (
            await gql<{
              allCheckRuns: Array<{ id: string; status: string; error: string | null }>;
            }>(
              app.url,
              token,
              `query($t: ID!) { allCheckRuns(filter: { tenantId: $t }, sortField: "startedAt", sortOrder: "DESC") { id status error } }`,
              { t: tenantId },
            )
          ).data?.allCheckRuns ?? [];
        await expect
          .poll(
            async () => {
              const all = await runs();
              const killed = all.find((r) => r.id === killedRun);
              const retried = all.find((r) => r.id !== killedRun && r.status === 'SUCCEEDED');
              return `${killed?.status}:${retried ? 'retried' : 'waiting'}`;
            },
            { timeout: 90_000, interval: 500 },
          )
          .toBe('FAILED:retried');
        expect((await runs()).find((r) => r.id === killedRun)?.error).toMatch(/^interrupted: /);
        // Nothing is left RUNNING, and the next run is healthy.
        const next = await gql<{ runChecks: { status: string } }>(
          app.url,
          token,
          'mutation($t: ID!) { runChecks(tenantId: $t) { status } }',
          { t: tenantId },
        );
        expect(next.data?.runChecks.status).toBe('SUCCEEDED');
        // Nothing stays RUNNING. A run the queue started meanwhile (after the pushes above) may
        // be running at this instant, so this waits for it: a run left RUNNING by the killed
        // process would never finish.
        await expect
          .poll(async () => (await runs()).filter((r) => r.status === 'RUNNING'), {
            timeout: 60_000,
            interval: 500,
          })
          .toEqual([]);
      });
    } finally {
      await app.stop();
      await dropDatabase(dbUrl);
    }
  }, 600_000);

  it('PostgreSQL restarted mid-ingest: /ready says so, pushes resume, nothing lost or doubled, runs healthy', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'posture-faults-pg-'));
    let db: EmbeddedDatabase = await startEmbeddedPostgres({
      dataDir,
      port: 55_430,
      persistent: true,
    });
    const app = await startApp({
      DATABASE_URL: db.url,
      JOBS: 'on',
      SCHEDULE_TICK_MS: '1000',
      JOB_POLL_SECONDS: '0.5',
      INGEST_RUN_DEBOUNCE_SECONDS: '3600',
    });
    try {
      const token = lastLine(
        (await cli(app.env, ['token', 'create', '--name', 'faults', '--role', 'ADMIN'])).stdout,
      );
      const tenantId = await newTenant(app, token, 'Restarted');
      const BATCHES = 8;
      const SIZE = 2000;
      await scenario(1, async () => {
        for (let b = 0; b < BATCHES; b++) {
          if (b === 3) {
            await db.stop();
            const ready = await fetch(`${app.url}/ready`).catch((err: unknown) => {
              throw new Error(
                `the app stopped serving: ${String(err)}\n${app.output().slice(-3000)}`,
              );
            });
            expect(ready.status).toBe(503);
            // Pushes while the database is down are refused, not half-stored; the client retries.
            const during = push(() => app.url, tenantId, token, events(b, SIZE));
            await new Promise((r) => setTimeout(r, 2000));
            db = await startEmbeddedPostgres({ dataDir, port: db.port, persistent: true });
            await during;
            continue;
          }
          await push(() => app.url, tenantId, token, events(b, SIZE));
        }
        await expect
          .poll(async () => (await fetch(`${app.url}/ready`)).status, { timeout: 30_000 })
          .toBe(200);
        await account(db.url, tenantId, BATCHES * SIZE);
        const run = await gql<{ runChecks: { status: string } }>(
          app.url,
          token,
          'mutation($t: ID!) { runChecks(tenantId: $t) { status } }',
          { t: tenantId },
        );
        expect(run.data?.runChecks.status, JSON.stringify(run.errors)).toBe('SUCCEEDED');
      });
      expect(app.output()).toMatch(/running at/); // the same process served throughout
    } finally {
      await app.stop();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);

  it('a pull through 429 storms, 5xx, timeouts, truncated and malformed JSON stores exactly what was served', async () => {
    const emulator: EmulatorHandle = await startEmulator({
      port: 0,
      users: 100,
      signInRate: 0.4,
      lateMinutes: 0,
      daySeconds: 86_400,
      regressions: [],
    });
    const dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
    const app = await startApp({ DATABASE_URL: dbUrl, CONNECTOR_TIMEOUT_SECONDS: '1' });
    try {
      const token = lastLine(
        (await cli(app.env, ['token', 'create', '--name', 'faults', '--role', 'ADMIN'])).stdout,
      );
      const faulty = await createEmulatedTenant(app, token, emulator);
      const clean = await createEmulatedTenant(app, token, emulator);
      const specs = [
        // A storm (six 429s in a row: the client's seventh attempt may meet the random ones and
        // give up), then throttling and outages at random.
        { endpoint: 'signIns', kind: '429', count: 6, retryAfterSeconds: 0.1 },
        { endpoint: 'signIns', kind: '429', rate: 0.25, retryAfterSeconds: 0.1 },
        { endpoint: 'signIns', kind: '503', rate: 0.1, retryAfterSeconds: 0.1 },
        { endpoint: 'signIns', kind: 'slow', delayMs: 1500, count: 2 },
        { endpoint: 'signIns', kind: 'truncate', count: 2 },
        { endpoint: 'signIns', kind: 'malformed', count: 2 },
        { endpoint: 'graph', kind: '503', count: 2, retryAfterSeconds: 0.1 },
        { endpoint: 'token', kind: '429', count: 1, retryAfterSeconds: 0.1 },
      ] as const;
      // add() hands back the live fault, so `fired` still counts after a counted one is spent.
      const added = specs.map((s) => emulator.faults.add(s));
      const sync = (t: string) =>
        gql<{
          syncTenant: {
            signIns: { status: string; error: string | null; windowTo: string; windowFrom: string };
          };
        }>(
          app.url,
          token,
          'mutation($t: ID!) { syncTenant(tenantId: $t) { signIns { status error windowFrom windowTo } } }',
          { t },
        );
      // As the schedule would: a pull that gives up is FAILED with its reason, and the next
      // one resumes from the last complete point.
      let first = await sync(faulty);
      const failures: string[] = [];
      while (first.data?.syncTenant.signIns.status === 'FAILED' && failures.length < 3) {
        failures.push(first.data.syncTenant.signIns.error ?? '');
        first = await sync(faulty);
      }
      const fired = added.reduce((n, f) => n + f.fired, 0);
      emulator.faults.clear();
      await scenario(fired, async () => {
        expect(
          first.data?.syncTenant.signIns.status,
          `${first.data?.syncTenant.signIns.error}; before: ${failures.join(' | ')}`,
        ).toBe('SUCCEEDED');
        for (const reason of failures) expect(reason).toMatch(/gave up after \d+ attempts; last: /);
        expect(fired).toBeGreaterThan(5);
        // The same emulator tenant pulled without faults, compared over the faulty pull's window.
        const second = await sync(clean);
        expect(second.data?.syncTenant.signIns.status).toBe('SUCCEEDED');
        const { windowFrom, windowTo } = first.data!.syncTenant.signIns;
        const c = new pg.Client({ connectionString: dbUrl });
        await c.connect();
        try {
          const q = (t: string) =>
            c.query<{ id: string }>(
              'SELECT id FROM sign_ins WHERE tenant_id = $1 AND created_at >= $2 AND created_at <= $3',
              [t, windowFrom, windowTo],
            );
          const [a, b] = [(await q(faulty)).rows, (await q(clean)).rows];
          const want = new Set(b.map((r) => r.id));
          const got = new Set(a.map((r) => r.id));
          tally.lost += [...want].filter((id) => !got.has(id)).length;
          tally.duplicated += a.length - got.size;
          expect(want.size).toBeGreaterThan(500);
          expect([...want].filter((id) => !got.has(id))).toEqual([]);
          expect(a.length).toBe(got.size);
        } finally {
          await c.end();
        }
      });
    } finally {
      await app.stop();
      await emulator.stop();
      await dropDatabase(dbUrl);
    }
  }, 600_000);
});
