import { createServer, type Server } from 'node:net';
import { startEmulator, type EmulatorHandle } from '@posture/emulator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  startApp,
  type RunningApp,
} from '../support/app-process.js';
import { createEmulatedTenant } from '../support/emulated-tenant.js';

/**
 * Operability as an operator meets it: JSON logs with request and tenant ids, /ready, Prometheus
 * metrics behind a token, CORS only for the configured origin — and, over a run that includes
 * failures (a refused push, a connector with a wrong secret, a webhook that cannot be reached),
 * no secret this test set ever appears in the logs.
 */
const METRICS_TOKEN = 'metrics-token-7d1f0c2b9e4a6d8f3b5c';
const DASHBOARD = 'https://posture.example.com';
const WRONG_CLIENT_SECRET = 'wrong-client-secret-4be1c9d2f0a7';
const CHANNEL_SECRET = 'channel-signing-secret-93a0be1d7c55';
const CHANNEL_PATH = '/hooks/path-secret-5f8e2a1c';
const USER_PASSWORD = 'operator password 8c2e41f7b0d9';
const EMULATOR_SECRET = 'posture-watch-emulator-demo-secret';

let emulator: EmulatorHandle;
let app: RunningApp;
let dbUrl: string;
let admin: string;
let collector: string;
let tenantId: string;
let closedPort: number;

/** A port nothing listens on: taken, then released. */
async function freePort(): Promise<number> {
  const s: Server = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    users: 100,
    signInRate: 2,
    daySeconds: 86_400,
    regressions: [],
  });
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({
    DATABASE_URL: dbUrl,
    METRICS_TOKEN,
    CORS_ORIGINS: DASHBOARD,
    NOTIFY_ALLOW_HTTP_LOCAL: 'on',
    NOTIFY_RETRY_BASE_MS: '100000',
  });
  admin = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'ops', '--role', 'ADMIN'])).stdout,
  );
  tenantId = await createEmulatedTenant(app, admin, emulator);
  collector = lastLine(
    (
      await cli(app.env, [
        'token',
        'create',
        '--name',
        'collector',
        '--role',
        'COLLECTOR',
        '--tenant',
        tenantId,
      ])
    ).stdout,
  );
  const created = await cli(
    app.env,
    ['user', 'create', '--email', 'ops@example.com', '--role', 'VIEWER', '--password-stdin'],
    USER_PASSWORD,
  );
  expect(created.code, created.stderr).toBe(0);
  closedPort = await freePort();
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await emulator?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

/** The app's stdout/stderr as parsed JSON log lines (every line must be one). */
function logLines(): Array<Record<string, unknown>> {
  return app
    .output()
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON log line: ${l.slice(0, 300)}`);
      }
    });
}

describe('operability', () => {
  it('pulls, refuses and fails where it should, for the logs below', async () => {
    const sync = await gql<{ syncTenant: { snapshot: { status: string } | null } }>(
      app.url,
      admin,
      'mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status } } }',
      { t: tenantId },
    );
    expect(sync.errors).toBeUndefined();
    expect(sync.data?.syncTenant.snapshot?.status).toBe('SUCCEEDED');

    // A push with a bad body, and one with a made-up token.
    const bad = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${collector}`,
        'content-type': 'application/json',
        'x-request-id': 'ops-bad-push',
      },
      body: '{"capturedAt": 12}',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-request-id')).toBe('ops-bad-push');
    const forged = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer pw_forged_token_value',
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(forged.status).toBe(401);

    // A webhook nobody answers, tested (a failed delivery).
    const channel = await gql<{ createNotificationChannel: { id: string } }>(
      app.url,
      admin,
      `mutation($url: String!, $secret: String!) {
         createNotificationChannel(kind: "WEBHOOK", name: "down", url: $url, secret: $secret) { id } }`,
      { url: `http://127.0.0.1:${closedPort}${CHANNEL_PATH}`, secret: CHANNEL_SECRET },
    );
    expect(channel.errors).toBeUndefined();
    const test = await gql<{ testNotificationChannel: { ok: boolean } }>(
      app.url,
      admin,
      'mutation($id: ID!) { testNotificationChannel(id: $id) { ok } }',
      { id: channel.data!.createNotificationChannel.id },
    );
    expect(test.data?.testNotificationChannel.ok).toBe(false);

    // The connector with a wrong secret: the pull fails with a reason.
    const set = await gql(
      app.url,
      admin,
      `mutation($t: ID!, $input: ConnectorSettingsInput!) {
         updateConnectorSettings(tenantId: $t, input: $input) { hasSecret } }`,
      { t: tenantId, input: { clientSecret: WRONG_CLIENT_SECRET } },
    );
    expect(set.errors).toBeUndefined();
    const failed = await gql<{ syncTenant: { snapshot: { status: string; error: string } } }>(
      app.url,
      admin,
      'mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status error } } }',
      { t: tenantId },
    );
    const failedStatus = failed.data?.syncTenant.snapshot.status ?? failed.errors?.[0]?.message;
    expect(failedStatus).toMatch(/FAILED|secret|credential|401|invalid_client/i);
  }, 300_000);

  it('answers /ready with the database and the queue', async () => {
    const res = await fetch(`${app.url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', database: 'ok' });
  });

  it('serves Prometheus metrics only to the scraper token, with the product figures', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer nope' } })).status,
    ).toBe(401);
    const res = await fetch(`${app.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    const value = (name: string, labels: string): number => {
      const key = labels ? `${name}{${labels}} ` : `${name} `;
      const line = text.split('\n').find((l) => l.startsWith(key));
      if (!line) throw new Error(`no ${name}{${labels}} in:\n${text.slice(0, 2000)}`);
      return Number(line.split(' ').at(-1));
    };
    expect(value('posture_pulled_rows', `tenant_id="${tenantId}"`)).toBeGreaterThan(0);
    expect(value('posture_ingest_lag_seconds', `tenant_id="${tenantId}"`)).toBeGreaterThanOrEqual(
      0,
    );
    expect(value('posture_delivery_failures', '')).toBeGreaterThanOrEqual(1);
    // The app hears changes to credentials and tenants, so it caches them (api/src/auth/change-cache.ts).
    expect(value('posture_change_cache_listening', '')).toBe(1);
    // Today's sign-ins as the rollups count them equal the raw rows stored today.
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const today = Number(
      (
        await c.query<{ n: string }>(
          `SELECT count(*) AS n FROM sign_ins
            WHERE tenant_id = $1 AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
          [tenantId],
        )
      ).rows[0]!.n,
    );
    await c.end();
    const todayLine = text
      .split('\n')
      .find((l) => l.startsWith(`posture_sign_ins_today{tenant_id="${tenantId}"} `));
    expect(todayLine ? Number(todayLine.split(' ').at(-1)) : 0).toBe(today);
    expect(text).toMatch(
      /posture_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/tenants\/:id\/snapshots",status="400"\} 1/,
    );
    expect(text).toMatch(/posture_process_resident_memory_bytes \d+/);
  });

  it('allows cross-origin calls from the configured dashboard origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const ok = await preflight(DASHBOARD);
    expect(ok.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('logs JSON lines with request and tenant ids', () => {
    const lines = logLines();
    const push = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'ops-bad-push');
    expect(push).toMatchObject({
      tenantId,
      req: { method: 'POST', url: `/api/v1/tenants/${tenantId}/snapshots` },
      res: { statusCode: 400 },
      level: 40,
    });
    expect(lines.some((l) => l.msg === 'request completed' && l.tenantId === tenantId)).toBe(true);
    expect(lines.some((l) => typeof l.msg === 'string' && /running at http/.test(l.msg))).toBe(
      true,
    );
  });

  it('never logs a secret it was given, failures included', () => {
    const out = app.output();
    for (const secret of [
      METRICS_TOKEN,
      admin,
      collector,
      'pw_forged_token_value',
      EMULATOR_SECRET,
      WRONG_CLIENT_SECRET,
      CHANNEL_SECRET,
      CHANNEL_PATH,
      USER_PASSWORD,
      String(app.env.POSTURE_SECRET_KEY),
    ]) {
      expect(out, `a log line holds ${secret.slice(0, 6)}…`).not.toContain(secret);
    }
  });
});
