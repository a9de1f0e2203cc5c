import { randomBytes } from 'node:crypto';
import net from 'node:net';
import {
  AuthRepository,
  CREDENTIAL_CACHE_MAX,
  CREDENTIAL_CHANNEL,
  CREDENTIAL_LISTENER_NAME,
  CREDENTIAL_TTL_MS,
  CredentialCache,
} from '@posture/api';
import { Db } from '@posture/jobs';
import { createTestDatabase } from '@posture/prisma/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  startApp,
  type RunningApp,
} from '../support/app-process.js';
import { eventually } from '../support/receivers.js';

/**
 * An API process keeps the credentials it read (api/src/auth/credential-cache.ts) and drops them
 * when PostgreSQL announces a change to any: a second pool here stands for another process (the
 * CLI, another API process, an operator's SQL).
 */
describe('credentials cached until a change is announced', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let other: Db;
  let cache: CredentialCache;
  let tokenId: string;
  const tokenHash = `hash-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    database = await createTestDatabase(inject('templateDatabaseUrl'));
    db = new Db(database.url);
    other = new Db(database.url);
    cache = new CredentialCache(db, 200);
    cache.onModuleInit();
    await eventually(() => cache.listening, Boolean);
    tokenId = (
      await other.prisma.apiToken.create({
        data: { name: 'cached', prefix: 'pw_x', tokenHash, role: 'VIEWER', tenantIds: [] },
      })
    ).id;
  });

  afterAll(async () => {
    await cache?.onModuleDestroy();
    await db?.close();
    await other?.close();
    await database?.drop();
  });

  /** A loader that counts its reads. */
  const counted = () => {
    const load = async () => {
      load.reads++;
      return { id: 'credential' };
    };
    load.reads = 0;
    return load;
  };

  it("keeps what it read, and reads again once another process changes a credential (a token's revocation)", async () => {
    const repo = new AuthRepository(db, cache);
    expect((await repo.tokenByHash(tokenHash))?.revokedAt).toBeNull();
    const load = counted();
    await cache.get('k', load);
    await cache.get('k', load);
    expect(load.reads).toBe(1);
    await other.pool.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1', [tokenId]);
    await eventually(
      async () => (await cache.get('k', load), load.reads),
      (reads) => reads === 2,
      3_000,
    );
    expect((await repo.tokenByHash(tokenHash))?.revokedAt).toBeInstanceOf(Date);
    // Unknown credentials are never kept (a guessed token costs a read every time).
    const unknown = async () => {
      unknown.reads++;
      return null;
    };
    unknown.reads = 0;
    await cache.get('nobody', unknown);
    await cache.get('nobody', unknown);
    expect(unknown.reads).toBe(2);
  });

  it('announces every change to tokens, sessions and users, but not a use (last_used_at alone)', async () => {
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    const heard: string[] = [];
    // The caches' own test announcements (every 200 ms here) are not what this is about.
    listener.on('notification', (n) => {
      if (!n.payload?.startsWith('probe:')) heard.push(`${n.channel}:${n.payload}`);
    });
    await listener.query(`LISTEN ${CREDENTIAL_CHANNEL}`);
    try {
      await other.pool.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [tokenId]);
      await other.pool.query(`UPDATE api_tokens SET expires_at = now() WHERE id = $1`, [tokenId]);
      const user = await other.prisma.user.create({
        data: {
          email: `u${randomBytes(3).toString('hex')}@x.com`,
          passwordHash: 'x',
          role: 'VIEWER',
        },
      });
      await other.pool.query(`UPDATE users SET role = 'ANALYST' WHERE id = $1`, [user.id]);
      await other.pool.query(`DELETE FROM users WHERE id = $1`, [user.id]);
      // Notifications arrive in commit order: the last one heard means the others were too.
      await eventually(
        () => heard.length,
        (n) => n >= 3,
        3_000,
      );
      expect(heard).toEqual([
        `${CREDENTIAL_CHANNEL}:api_tokens`,
        `${CREDENTIAL_CHANNEL}:users`,
        `${CREDENTIAL_CHANNEL}:users`,
      ]);
    } finally {
      await listener.end();
    }
  });

  it('caches nothing while it cannot hear changes, and caches again once listening again', async () => {
    const load = counted();
    await cache.get('c', load);
    await cache.get('c', load);
    expect(load.reads).toBe(1);
    await other.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [CREDENTIAL_LISTENER_NAME],
    );
    await eventually(
      () => cache.listening,
      (on) => !on,
      3_000,
    );
    await cache.get('c', load);
    await cache.get('c', load);
    expect(load.reads).toBe(3);
    await eventually(() => cache.listening, Boolean, 10_000);
    await cache.get('c', load);
    await cache.get('c', load);
    expect(load.reads).toBe(4);
  });

  it('stops caching when it no longer hears its own test announcements (a silently dead connection)', async () => {
    // Its listening connection goes through a proxy that, once told to, forwards nothing either
    // way and closes nothing: a connection a firewall dropped without a word.
    let dead = false;
    const sockets = new Set<net.Socket>();
    const target = new URL(database.url);
    const proxy = net.createServer((client) => {
      const server = net.connect(Number(target.port || 5432), target.hostname);
      for (const [from, to] of [
        [client, server],
        [server, client],
      ] as const) {
        sockets.add(from);
        from.on('data', (d) => dead || to.write(d));
        from.on('error', () => undefined);
        from.on('close', () => to.destroy());
      }
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const via = new URL(database.url);
    via.hostname = '127.0.0.1';
    via.port = String((proxy.address() as net.AddressInfo).port);
    const deaf = new CredentialCache({ url: via.toString() } as Db, 100);
    try {
      deaf.onModuleInit();
      await eventually(() => deaf.listening, Boolean, 3_000);
      const load = counted();
      await deaf.get('d', load);
      await deaf.get('d', load);
      expect(load.reads).toBe(1);
      dead = true;
      await eventually(
        () => deaf.listening,
        (on) => !on,
        3_000,
      );
      await deaf.get('d', load);
      await deaf.get('d', load);
      expect(load.reads).toBe(3);
      // The process's own cache, hearing its announcements, stays up meanwhile.
      expect(cache.listening).toBe(true);
    } finally {
      await deaf.onModuleDestroy();
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => proxy.close(r));
    }
  });

  it('keeps nothing past its age limit, and at most its count (the oldest dropped first)', async () => {
    cache.changed(); // start empty: what earlier cases cached would be dropped first
    const load = counted();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await cache.get('aged', load);
      vi.setSystemTime(Date.now() + CREDENTIAL_TTL_MS - 1_000);
      await cache.get('aged', load);
      expect(load.reads).toBe(1);
      vi.setSystemTime(Date.now() + 2_000);
      await cache.get('aged', load);
      expect(load.reads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
    const many = counted();
    for (let i = 0; i <= CREDENTIAL_CACHE_MAX; i++) await cache.get(`many-${i}`, many);
    expect(many.reads).toBe(CREDENTIAL_CACHE_MAX + 1);
    await cache.get(`many-${CREDENTIAL_CACHE_MAX}`, many); // the newest: kept
    await cache.get('many-1', many); // kept
    expect(many.reads).toBe(CREDENTIAL_CACHE_MAX + 1);
    await cache.get('many-0', many); // the oldest: dropped for the last one
    expect(many.reads).toBe(CREDENTIAL_CACHE_MAX + 2);
  });

  it('does not keep a read that a change overtook', async () => {
    let reads = 0;
    const overtaken = async () => {
      reads++;
      cache.changed(); // as if a notification came while the row was read
      return { id: 'old' };
    };
    await cache.get('o', overtaken);
    await cache.get('o', overtaken);
    expect(reads).toBe(2);
  });
});

describe('the API with its credential cache', () => {
  let app: RunningApp;
  let dbUrl: string;
  beforeAll(async () => {
    dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
    app = await startApp({ DATABASE_URL: dbUrl });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    if (dbUrl) await dropDatabase(dbUrl);
  });

  it('refuses a token revoked by another process within a second, while another token keeps working', async () => {
    const make = async (name: string) =>
      lastLine(
        (await cli(app.env, ['token', 'create', '--name', name, '--role', 'VIEWER'])).stdout,
      );
    const doomed = await make('doomed');
    const kept = await make('kept');
    const ask = (token: string) => gql(app.url, token, '{ __typename }');
    for (const token of [doomed, kept, doomed, kept]) expect((await ask(token)).status).toBe(200);
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const revokedAt = Date.now();
    await c.query(`UPDATE api_tokens SET revoked_at = now() WHERE name = 'doomed'`);
    await c.end();
    await eventually(
      () => ask(doomed),
      (r) => r.status === 401,
      1_000,
    );
    expect(Date.now() - revokedAt).toBeLessThan(1_000);
    expect((await ask(kept)).status).toBe(200);
  });
});
