import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { startEmulator, type EmulatorHandle } from '@posture/emulator';
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
  type RunningApp,
} from '../support/app-process.js';
import { createEmulatedTenant } from '../support/emulated-tenant.js';

/**
 * Rotating POSTURE_SECRET_KEY as docs/api.md tells an operator to: stop, `posture secrets rotate`
 * with the new key and the previous one, start with both, later with the new one alone. Every
 * sealed secret (connector, channel URL and signing secret) moves to the new key; API tokens keep
 * working and move to the new key when used.
 */
const KEY_A = randomBytes(32).toString('base64');
const KEY_B = randomBytes(32).toString('base64');
const CHANNEL_SECRET = 'rotation-channel-secret-61c2';

let emulator: EmulatorHandle;
let receiver: Server;
let receiverUrl: string;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
let dbUrl: string;
let app: RunningApp | undefined;
let admin: string;
let tenantId: string;
let channelId: string;

const boot = async (env: Record<string, string>) => {
  await app?.stop();
  app = await startApp({ DATABASE_URL: dbUrl, NOTIFY_ALLOW_HTTP_LOCAL: 'on', ...env });
  return app;
};

async function tokenHashInDb(): Promise<string> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ token_hash: string }>(
      `SELECT token_hash FROM api_tokens WHERE name = 'rotation'`,
    );
    return rows[0]!.token_hash;
  } finally {
    await c.end();
  }
}

const hmac = (key: string, token: string) =>
  createHmac('sha256', Buffer.from(key, 'base64')).update(token).digest('hex');

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, users: 100, signInRate: 0.2, regressions: [] });
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  const a = await boot({ POSTURE_SECRET_KEY: KEY_A });
  admin = lastLine(
    (await cli(a.env, ['token', 'create', '--name', 'rotation', '--role', 'ADMIN'])).stdout,
  );
  tenantId = await createEmulatedTenant(a, admin, emulator);
  const ch = await gql<{ createNotificationChannel: { id: string } }>(
    a.url,
    admin,
    `mutation($url: String!, $secret: String!) {
       createNotificationChannel(kind: "WEBHOOK", name: "rotation", url: $url, secret: $secret) { id } }`,
    { url: receiverUrl, secret: CHANNEL_SECRET },
  );
  channelId = ch.data!.createNotificationChannel.id;
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await emulator?.stop();
  await new Promise<void>((r) => receiver.close(() => r()));
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('rotating POSTURE_SECRET_KEY', () => {
  it('re-encrypts every sealed secret, keeps API tokens working, and moves them to the new key on use', async () => {
    await app!.stop();
    const env = { ...app!.env };
    const rotate = (key: string, previous: string) =>
      cli({ ...env, POSTURE_SECRET_KEY: key, POSTURE_SECRET_KEY_PREVIOUS: previous }, [
        'secrets',
        'rotate',
      ]);
    const first = await rotate(KEY_B, KEY_A);
    expect(first.code, first.stderr).toBe(0);
    // The connector's client secret, the channel's URL and its signing secret.
    expect(first.stdout).toMatch(/re-encrypted 3 secret\(s\) under the new key \(0 were already\)/);
    expect(await tokenHashInDb()).toBe(hmac(KEY_A, admin));

    // New key, previous key still set: the token resolves and is re-hashed under the new key.
    const b = await boot({ POSTURE_SECRET_KEY: KEY_B, POSTURE_SECRET_KEY_PREVIOUS: KEY_A });
    const who = await gql<{ allTenants: Array<{ id: string }> }>(
      b.url,
      admin,
      '{ allTenants { id } }',
    );
    expect(who.errors).toBeUndefined();
    expect(await tokenHashInDb()).toBe(hmac(KEY_B, admin));
    const sync = await gql<{ syncTenant: { snapshot: { status: string; error: string | null } } }>(
      b.url,
      admin,
      'mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status error } } }',
      { t: tenantId },
    );
    expect(sync.data?.syncTenant.snapshot.status, sync.data?.syncTenant.snapshot.error ?? '').toBe(
      'SUCCEEDED',
    );
    const test = await gql<{ testNotificationChannel: { ok: boolean } }>(
      b.url,
      admin,
      'mutation($id: ID!) { testNotificationChannel(id: $id) { ok } }',
      { id: channelId },
    );
    expect(test.data?.testNotificationChannel.ok).toBe(true);
    const msg = received.at(-1)!;
    expect(
      verifyPostureSignature(
        CHANNEL_SECRET,
        msg.headers['x-posture-timestamp'] as string,
        msg.body,
        msg.headers['x-posture-signature'] as string,
      ),
    ).toBe(true);

    // The new key alone: the token was moved, so it still works.
    const c = await boot({ POSTURE_SECRET_KEY: KEY_B });
    expect((await gql(c.url, admin, '{ allTenants { id } }')).errors).toBeUndefined();
    await c.stop();

    // Again: nothing left to move. With a key that opens nothing: refused, nothing changed.
    const again = await rotate(KEY_B, KEY_A);
    expect(again.stdout).toMatch(/re-encrypted 0 secret\(s\) under the new key \(3 were already\)/);
    const wrong = await rotate(
      randomBytes(32).toString('base64'),
      randomBytes(32).toString('base64'),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/opens under neither key; nothing was changed/);
    const same = await rotate(KEY_B, KEY_B);
    expect(same.code).toBe(2);

    const d = await boot({ POSTURE_SECRET_KEY: KEY_B });
    const audit = await gql<{ allAuditEvents: Array<{ action: string; outcome: string }> }>(
      d.url,
      admin,
      `{ allAuditEvents(filter: { action: "cli:secrets rotate" }) { action outcome } }`,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.allAuditEvents.map((e) => e.outcome).sort()).toEqual([
      'FAILED',
      'SUCCEEDED',
      'SUCCEEDED',
    ]);
    for (const secret of [KEY_A, KEY_B, CHANNEL_SECRET, admin])
      expect(d.output() + b.output()).not.toContain(secret);
  }, 300_000);
});
