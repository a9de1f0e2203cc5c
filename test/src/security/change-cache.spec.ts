import { randomBytes } from 'node:crypto';
import net from 'node:net';
import {
  AuthRepository,
  CHANGE_CACHE_MAX,
  CHANGE_CACHE_TTL_MS,
  CHANGE_CHANNEL,
  CHANGE_LISTENER_NAME,
  ChangeCache,
  CREDENTIAL_TABLES,
} from '@posture/api';
import { BrowseRepository, Db } from '@posture/jobs';
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
 * An API process keeps the credentials and tenants' retention it read
 * (api/src/auth/change-cache.ts) and drops them when PostgreSQL announces a change to their
 * table: a second pool here stands for another process (the CLI, another API process, an
 * operator's SQL).
 */
describe('credentials and tenants cached until a change is announced', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;
  let other: Db;
  let cache: ChangeCache;
  let tokenId: string;
  const tokenHash = `hash-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    database = await createTestDatabase(inject('templateDatabaseUrl'));
    db = new Db(database.url);
    other = new Db(database.url);
    cache = new ChangeCache(db, 200);
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

  const CREDENTIALS = CREDENTIAL_TABLES;

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
    await cache.get('k', CREDENTIALS, load);
    await cache.get('k', CREDENTIALS, load);
    expect(load.reads).toBe(1);
    await other.pool.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1', [tokenId]);
    await eventually(
      async () => (await cache.get('k', CREDENTIALS, load), load.reads),
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
    await cache.get('nobody', CREDENTIALS, unknown);
    await cache.get('nobody', CREDENTIALS, unknown);
    expect(unknown.reads).toBe(2);
  });

  it('announces every change to tokens, sessions, users and tenants, but not a use (last_used_at alone)', async () => {
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    const heard: string[] = [];
    // The caches' own test announcements (every 200 ms here) are not what this is about.
    listener.on('notification', (n) => {
      if (!n.payload?.startsWith('probe:')) heard.push(`${n.channel}:${n.payload}`);
    });
    await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
    // The channel processes started before migration 20261204090000 listen on, until restarted.
    await listener.query('LISTEN posture_credentials');
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
      const tenant = await other.prisma.tenant.create({ data: { name: 'announced' } });
      await other.pool.query(
        `UPDATE tenants SET settings = '{"signInRetentionDays": 7}' WHERE id = $1`,
        [tenant.id],
      );
      await other.pool.query(`DELETE FROM tenants WHERE id = $1`, [tenant.id]);
      // Notifications arrive in commit order: the last one heard means the others were too.
      await eventually(
        () => heard.length,
        (n) => n >= 9,
        3_000,
      );
      // Credential changes on both channels, tenants only on the new one.
      expect(heard).toEqual([
        `${CHANGE_CHANNEL}:api_tokens`,
        'posture_credentials:api_tokens',
        `${CHANGE_CHANNEL}:users`,
        'posture_credentials:users',
        `${CHANGE_CHANNEL}:users`,
        'posture_credentials:users',
        `${CHANGE_CHANNEL}:tenants`,
        `${CHANGE_CHANNEL}:tenants`,
        `${CHANGE_CHANNEL}:tenants`,
      ]);
    } finally {
      await listener.end();
    }
  });

  it('caches nothing while it cannot hear changes, and caches again once listening again', async () => {
    const load = counted();
    await cache.get('c', CREDENTIALS, load);
    await cache.get('c', CREDENTIALS, load);
    expect(load.reads).toBe(1);
    await other.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [CHANGE_LISTENER_NAME],
    );
    await eventually(
      () => cache.listening,
      (on) => !on,
      3_000,
    );
    await cache.get('c', CREDENTIALS, load);
    await cache.get('c', CREDENTIALS, load);
    expect(load.reads).toBe(3);
    await eventually(() => cache.listening, Boolean, 10_000);
    await cache.get('c', CREDENTIALS, load);
    await cache.get('c', CREDENTIALS, load);
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
    const deaf = new ChangeCache({ url: via.toString() } as Db, 100);
    try {
      deaf.onModuleInit();
      await eventually(() => deaf.listening, Boolean, 3_000);
      const load = counted();
      await deaf.get('d', CREDENTIALS, load);
      await deaf.get('d', CREDENTIALS, load);
      expect(load.reads).toBe(1);
      dead = true;
      await eventually(
        () => deaf.listening,
        (on) => !on,
        3_000,
      );
      await deaf.get('d', CREDENTIALS, load);
      await deaf.get('d', CREDENTIALS, load);
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
      await cache.get('aged', CREDENTIALS, load);
      vi.setSystemTime(Date.now() + CHANGE_CACHE_TTL_MS - 1_000);
      await cache.get('aged', CREDENTIALS, load);
      expect(load.reads).toBe(1);
      vi.setSystemTime(Date.now() + 2_000);
      await cache.get('aged', CREDENTIALS, load);
      expect(load.reads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
    const many = counted();
    for (let i = 0; i <= CHANGE_CACHE_MAX; i++) await cache.get(`many-${i}`, CREDENTIALS, many);
    expect(many.reads).toBe(CHANGE_CACHE_MAX + 1);
    await cache.get(`many-${CHANGE_CACHE_MAX}`, CREDENTIALS, many); // the newest: kept
    await cache.get('many-1', CREDENTIALS, many); // kept
    expect(many.reads).toBe(CHANGE_CACHE_MAX + 1);
    await cache.get('many-0', CREDENTIALS, many); // the oldest: dropped for the last one
    expect(many.reads).toBe(CHANGE_CACHE_MAX + 2);
  });

  it('does not keep a read that a change overtook', async () => {
    let reads = 0;
    const overtaken = async () => {
      reads++;
      cache.changed(); // as if a notification came while the row was read
      return { id: 'old' };
    };
    await cache.get('o', CREDENTIALS, overtaken);
    await cache.get('o', CREDENTIALS, overtaken);
    expect(reads).toBe(2);
  });

  it("a change drops only the reads of its table: a tenant's change keeps the credentials, a token's keeps the tenants", async () => {
    cache.changed();
    const credential = counted();
    const retention = counted();
    const both = async () => {
      await cache.get('credential', CREDENTIALS, credential);
      await cache.get('retention', ['tenants'], retention);
    };
    await both();
    await both();
    expect([credential.reads, retention.reads]).toEqual([1, 1]);
    const tenant = await other.prisma.tenant.create({ data: { name: 'renamed' } });
    await eventually(
      async () => (await both(), retention.reads),
      (reads) => reads === 2,
      3_000,
    );
    expect(credential.reads).toBe(1);
    await other.pool.query('UPDATE api_tokens SET name = $2 WHERE id = $1', [tokenId, 'renamed']);
    await eventually(
      async () => (await both(), credential.reads),
      (reads) => reads === 2,
      3_000,
    );
    expect(retention.reads).toBe(2);
    await other.prisma.tenant.delete({ where: { id: tenant.id } });
  });

  it("a sign-in list applies a tenant's retention changed by another process, read once across requests until then", async () => {
    const tenant = await other.prisma.tenant.create({
      data: { name: 'retained', settings: { signInRetentionDays: 30 } },
    });
    const DAY = 86_400_000;
    // Two sign-ins, 3 and 10 days old, straight into the table (the list reads raw rows).
    for (const [i, age] of [3, 10].entries()) {
      await other.pool.query('SELECT posture_ensure_sign_in_partition($1)', [
        new Date(Date.now() - age * DAY),
      ]);
      await other.pool.query(
        `INSERT INTO sign_ins (tenant_id, id, created_at, event) VALUES ($1, $2, $3, '{}')`,
        [tenant.id, `retained-${i}`, new Date(Date.now() - age * DAY)],
      );
    }
    const reads: string[] = [];
    const counting = {
      url: db.url,
      pool: {
        query: (sql: string, params: unknown[]) => {
          if (/FROM tenants/.test(sql)) reads.push(sql);
          return db.pool.query(sql, params);
        },
      },
      // The list's own statement (generic plan), not a read of tenants.
      prepared: (sql: string, params: unknown[]) => db.prepared(sql, params),
    } as unknown as Db;
    const repo = new BrowseRepository(counting);
    // A request's scope as the API builds it: its own memo, and the process's shared reads.
    const request = () => ({ tenantIds: [tenant.id], requestMemo: new Map(), shared: cache });
    const listed = async () =>
      (await repo.signIns(request(), {}, { page: 0, perPage: 50 })).map((r) => r.id);
    expect(await listed()).toEqual(['retained-0', 'retained-1']);
    expect(await listed()).toEqual(['retained-0', 'retained-1']);
    expect(reads).toHaveLength(1);
    await other.pool.query(
      `UPDATE tenants SET settings = '{"signInRetentionDays": 7}' WHERE id = $1`,
      [tenant.id],
    );
    await eventually(listed, (ids) => ids.length === 1, 3_000);
    expect(await listed()).toEqual(['retained-0']);
    expect(reads).toHaveLength(2);
  });
});

describe('the API with its change cache', () => {
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
