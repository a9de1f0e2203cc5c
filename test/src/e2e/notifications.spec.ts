import { verifyPostureSignature } from '@posture/jobs';
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
import { eventually, httpReceiver, smtpReceiver } from '../support/receivers.js';

/**
 * Notifications over the built product: channels made through GraphQL by an ADMIN, alerts from
 * pushed snapshots, delivery by the app's worker to a real HTTP receiver and a real SMTP server;
 * and a process killed with SIGKILL after the alert commit loses nothing.
 */
let http: Awaited<ReturnType<typeof httpReceiver>>;
let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
const SECRET = 'e2e-receiver-secret';
const BLOCKS_BASIC = 'EXO.AUTHPOL.BLOCKS_BASIC';

const notifyEnv = () => ({
  JOBS: 'on',
  NOTIFY_ALLOW_HTTP_LOCAL: 'on',
  NOTIFY_SWEEP_MS: '200',
  NOTIFY_RETRY_BASE_MS: '200',
  NOTIFY_RETRY_CAP_MS: '1000',
  NOTIFY_TIMEOUT_MS: '2000',
  SMTP_URL: smtp.url,
  SMTP_FROM: 'posture@e2e.local',
  // The clock has nothing to do here; keep it quiet.
  SCHEDULE_TICK_MS: '3600000',
});

async function token(app: RunningApp, name: string, role: string): Promise<string> {
  const made = await cli(app.env, ['token', 'create', '--name', name, '--role', role]);
  expect(made.code, made.stderr).toBe(0);
  return lastLine(made.stdout);
}

async function pushSnapshot(app: RunningApp, admin: string, tenantId: string, allow: boolean) {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({
      capturedAt: new Date().toISOString(),
      exchangeOnline: {
        organizationConfig: { DefaultAuthenticationPolicy: null },
        authenticationPolicies: [
          {
            Name: 'Block Basic Auth',
            AllowBasicAuthActiveSync: allow,
            AllowBasicAuthAutodiscover: false,
            AllowBasicAuthOutlookService: false,
          },
        ],
      },
    }),
  });
  expect(res.status).toBe(201);
}

async function runChecks(app: RunningApp, admin: string, tenantId: string) {
  const r = await gql<{ runChecks: { status: string } }>(
    app.url,
    admin,
    'mutation($t: ID!) { runChecks(tenantId: $t) { id status } }',
    { t: tenantId },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.runChecks.status).toBe('SUCCEEDED');
}

async function createTenant(app: RunningApp, admin: string, name: string) {
  const r = await gql<{ createTenant: { id: string } }>(
    app.url,
    admin,
    'mutation($n: String!) { createTenant(name: $n) { id } }',
    { n: name },
  );
  return r.data!.createTenant.id;
}

const CREATE = `mutation($tenantId: ID, $kind: String!, $name: String!, $url: String, $secret: String,
  $minSeverity: String, $kinds: [String!], $emailTo: String, $publicUrl: String) {
  createNotificationChannel(tenantId: $tenantId, kind: $kind, name: $name, url: $url, secret: $secret,
    minSeverity: $minSeverity, kinds: $kinds, emailTo: $emailTo, publicUrl: $publicUrl) {
    id kind name tenantIds hasUrl urlHint hasSecret emailTo minSeverity kinds publicUrl enabled
  } }`;

beforeAll(async () => {
  http = await httpReceiver();
  smtp = await smtpReceiver();
});
afterAll(async () => {
  await http?.close();
  await smtp?.close();
});

describe('notifications over HTTP', () => {
  let app: RunningApp;
  let dbUrl: string;
  let admin: string;
  let viewer: string;
  beforeAll(async () => {
    dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
    app = await startApp({ DATABASE_URL: dbUrl, ...notifyEnv() });
    admin = await token(app, 'e2e', 'ADMIN');
    viewer = await token(app, 'vic', 'ANALYST');
  });
  afterAll(async () => {
    await app?.stop();
    if (dbUrl) await dropDatabase(dbUrl);
  });

  it('an ADMIN makes channels; a regression reaches the webhook (signed) and the mailbox once; the fix sends one resolve', async () => {
    const t = await createTenant(app, admin, 'Contoso');
    const hook = await gql<{ createNotificationChannel: Record<string, unknown> }>(
      app.url,
      admin,
      CREATE,
      {
        tenantId: t,
        kind: 'WEBHOOK',
        name: 'SOC webhook',
        url: `${http.url}/e2e-hook`,
        secret: SECRET,
        minSeverity: 'LOW',
        publicUrl: 'https://posture.example.com',
      },
    );
    expect(hook.errors).toBeUndefined();
    const channel = hook.data!.createNotificationChannel;
    expect(channel).toMatchObject({
      kind: 'WEBHOOK',
      tenantIds: [t],
      hasUrl: true,
      hasSecret: true,
    });
    expect(JSON.stringify(hook)).not.toContain(SECRET);
    expect(JSON.stringify(hook)).not.toContain('/e2e-hook');
    const mail = await gql(app.url, admin, CREATE, {
      tenantId: t,
      kind: 'EMAIL',
      name: 'SOC mail',
      emailTo: 'soc@contoso.com',
      minSeverity: 'LOW',
    });
    expect(mail.errors).toBeUndefined();

    // Bad input names the field; an ANALYST may not touch channels at all.
    const bad = await gql(app.url, admin, CREATE, {
      kind: 'SLACK',
      name: 'x',
      url: 'http://hooks.slack.com/x',
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('url');
    const denied = await gql(app.url, viewer, '{ allNotificationChannels { id } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await pushSnapshot(app, admin, t, false);
    await runChecks(app, admin, t);
    await pushSnapshot(app, admin, t, true);
    await runChecks(app, admin, t);
    await eventually(
      () => http.on('/e2e-hook').length + smtp.mails.length,
      (n) => n >= 2,
    );
    const [got] = http.on('/e2e-hook');
    expect(
      verifyPostureSignature(
        SECRET,
        got!.headers['x-posture-timestamp'] as string,
        got!.body,
        got!.headers['x-posture-signature'] as string,
      ),
    ).toBe(true);
    const body = JSON.parse(got!.body) as {
      id: string;
      event: string;
      alerts: Array<{ checkId: string }>;
    };
    expect(body.event).toBe('OPENED');
    expect(body.alerts.map((a) => a.checkId)).toContain(BLOCKS_BASIC);
    expect(got!.headers['idempotency-key']).toBe(body.id);
    expect(smtp.mails.at(-1)!.to).toEqual(['soc@contoso.com']);

    // Still failing: nothing more.
    await pushSnapshot(app, admin, t, true);
    await runChecks(app, admin, t);
    // Fixed: one resolve.
    await pushSnapshot(app, admin, t, false);
    await runChecks(app, admin, t);
    await eventually(
      () => http.on('/e2e-hook').length,
      (n) => n >= 2,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(
      http.on('/e2e-hook').map((r) => (JSON.parse(r.body) as { event: string }).event),
    ).toEqual(['OPENED', 'RESOLVED']);

    // Send test, and the deliveries the channel page shows.
    const tested = await gql<{ testNotificationChannel: Record<string, unknown> }>(
      app.url,
      admin,
      'mutation($id: ID!) { testNotificationChannel(id: $id) { ok statusCode error durationMs } }',
      { id: channel.id },
    );
    expect(tested.data!.testNotificationChannel).toMatchObject({
      ok: true,
      statusCode: 200,
      error: null,
    });
    const deliveries = await gql<{
      allNotificationDeliveries: Array<{
        event: string;
        ok: boolean;
        statusCode: number;
        messageState: string | null;
      }>;
      _allNotificationDeliveriesMeta: { count: number };
    }>(
      app.url,
      admin,
      `query($f: NotificationDeliveryFilterInput) {
        allNotificationDeliveries(filter: $f, sortField: "createdAt", sortOrder: "DESC") { event ok statusCode messageState durationMs nextAttemptAt }
        _allNotificationDeliveriesMeta(filter: $f) { count } }`,
      { f: { channelId: channel.id } },
    );
    expect(deliveries.errors).toBeUndefined();
    expect(deliveries.data!._allNotificationDeliveriesMeta.count).toBe(3);
    expect(deliveries.data!.allNotificationDeliveries.map((d) => d.event)).toEqual([
      'TEST',
      'RESOLVED',
      'OPENED',
    ]);
    expect(app.output()).not.toContain(SECRET);
    expect(app.output()).not.toContain('/e2e-hook');
  });
});

describe('SIGKILL between the alert commit and the delivery', () => {
  let dbUrl: string;
  let worker: RunningWorker | null = null;
  afterAll(async () => {
    await worker?.stop();
    if (dbUrl) await dropDatabase(dbUrl);
  });

  it('the message written with the alert goes out after a restart, once, with its idempotency key', async () => {
    dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
    const first = await startApp({ DATABASE_URL: dbUrl, ...notifyEnv() });
    const admin = await token(first, 'e2e', 'ADMIN');
    const t = await createTenant(first, admin, 'Killed');
    const made = await gql(first.url, admin, CREATE, {
      tenantId: t,
      kind: 'WEBHOOK',
      name: 'kill',
      url: `${http.url}/kill`,
      secret: SECRET,
      minSeverity: 'LOW',
    });
    expect(made.errors).toBeUndefined();
    await pushSnapshot(first, admin, t, false);
    await runChecks(first, admin, t);

    // The receiver is down: the first process tries, fails, and is killed before it succeeds.
    http.setMode('reset');
    await pushSnapshot(first, admin, t, true);
    await runChecks(first, admin, t);
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    try {
      const outbox = await eventually(
        async () =>
          (
            await db.query<{ id: string; state: string; failed: number }>(
              `SELECT m.id::text, m.state::text,
                      (SELECT count(*)::int FROM notification_deliveries d WHERE d.message_id = m.id) AS failed
                 FROM notification_messages m`,
            )
          ).rows,
        (rows) => rows.length === 1 && rows[0]!.failed >= 1,
      );
      expect(outbox[0]!.state).toBe('PENDING');
      process.kill(first.pid, 'SIGKILL');
      await eventually(
        () => first.stop().then(() => true),
        (v) => v,
      );
      expect(http.on('/kill')).toHaveLength(0);

      // Receiver back, a new process (the worker) starts: the message goes out.
      http.setMode('ok');
      worker = await startWorker(first.env);
      const arrived = await eventually(
        () => http.on('/kill'),
        (r) => r.length >= 1,
        30_000,
      );
      await new Promise((r) => setTimeout(r, 1500));
      const keys = http.on('/kill').map((r) => r.headers['idempotency-key']);
      expect(new Set(keys)).toEqual(new Set([outbox[0]!.id]));
      expect(arrived[0]!.headers['x-posture-delivery']).toBe(outbox[0]!.id);
      const after = await db.query<{ state: string }>(
        'SELECT state::text FROM notification_messages',
      );
      expect(after.rows).toEqual([{ state: 'DELIVERED' }]);
    } finally {
      await db.end();
    }
  });
});
