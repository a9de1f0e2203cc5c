import {
  LOCAL_COUNTING_MIN_LIMIT,
  LoginThrottle,
  RateLimitStore,
  RequestRateLimit,
} from '@posture/api';
import { Db } from '@posture/jobs';
import { createTestDatabase } from '@posture/prisma/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  lastLine,
  startApp,
  type RunningApp,
} from '../support/app-process.js';

/**
 * Request budgets and sign-in throttling live in PostgreSQL, so processes share them: two
 * connection pools here stand for two API processes.
 */
describe('rate limits shared across processes', () => {
  let database: { url: string; drop(): Promise<void> };
  let a: Db;
  let b: Db;

  beforeAll(async () => {
    database = await createTestDatabase(inject('templateDatabaseUrl'));
    a = new Db(database.url);
    b = new Db(database.url);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  const caller = (id: string) => ({
    kind: 'token' as const,
    role: 'VIEWER' as const,
    scope: { tenantIds: [] },
    subject: `token:${id}`,
    userId: null,
    tokenId: id,
  });

  it('counts failed sign-ins for one e-mail in every process, and a success clears them', async () => {
    const one = new LoginThrottle(new RateLimitStore(a));
    const two = new LoginThrottle(new RateLimitStore(b));
    const at = new Date('2026-12-02T10:00:00Z');
    for (let i = 0; i < LoginThrottle.LIMIT; i++) {
      expect(await (i % 2 ? one : two).blockedFor('ann@contoso.com', at)).toBe(0);
      await (i % 2 ? two : one).fail('ann@contoso.com', at);
    }
    // Ten failures split over two processes block the e-mail in both, until the window ends.
    expect(await one.blockedFor('ann@contoso.com', at)).toBe(LoginThrottle.WINDOW_MS);
    expect(await two.blockedFor('ann@contoso.com', at)).toBeGreaterThan(0);
    expect(await two.blockedFor('bob@contoso.com', at)).toBe(0);
    const nextWindow = new Date(at.getTime() + LoginThrottle.WINDOW_MS);
    expect(await one.blockedFor('ann@contoso.com', nextWindow)).toBe(0);
    await two.fail('ann@contoso.com', at);
    await one.succeed('ann@contoso.com');
    expect(await two.blockedFor('ann@contoso.com', at)).toBe(0);
  });

  it('gives a token one budget across processes and answers how long to wait', async () => {
    const limits = { perMinute: 5, anonymousPerMinute: 2 };
    const one = new RequestRateLimit(new RateLimitStore(a), limits);
    const two = new RequestRateLimit(new RateLimitStore(b), limits);
    const token = caller('3f1c6b1e-0000-4000-8000-000000000001');
    const decisions = [];
    for (let i = 0; i < 7; i++) decisions.push(await (i % 2 ? one : two).check(token, '10.0.0.1'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(decisions[5]!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(decisions[5]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another token, and callers without one (counted per address), have budgets of their own.
    expect((await one.check({ ...token, tokenId: 'other' }, '10.0.0.1')).allowed).toBe(true);
    expect((await one.check(null, '10.0.0.9')).allowed).toBe(true);
    expect((await two.check(null, '10.0.0.9')).allowed).toBe(true);
    expect((await one.check(null, '10.0.0.9')).allowed).toBe(false);
  });

  describe('counted in the process while well under them', () => {
    it('is exact in one process and writes what it counted to the shared count', async () => {
      const limit = LOCAL_COUNTING_MIN_LIMIT * 2;
      const store = new RateLimitStore(a);
      const one = new RequestRateLimit(store, { perMinute: limit, anonymousPerMinute: 0 });
      const token = caller('local-exact');
      const bucket = RequestRateLimit.bucketOf(token, undefined);
      // Stay inside one minute window: its budget is what is counted.
      while (store.remainingMs(60_000) < 10_000) await new Promise((r) => setTimeout(r, 1000));
      const allowed: boolean[] = [];
      for (let i = 0; i < limit / 4; i++)
        allowed.push((await one.check(token, '10.0.0.1')).allowed);
      // A quarter of the budget was counted in the process only, then sent in one upsert.
      await one.flush();
      expect(await store.count(bucket, 60_000)).toBe(limit / 4);
      for (let i = limit / 4; i < limit + 5; i++)
        allowed.push((await one.check(token, '10.0.0.1')).allowed);
      expect(allowed.filter(Boolean).length).toBe(limit);
      expect(allowed.slice(limit)).toEqual([false, false, false, false, false]);
      await one.flush();
      expect(await store.count(bucket, 60_000)).toBe(limit + 5);
      await one.onModuleDestroy();
    });

    it('lets two processes admit at most half a budget more than it between them', async () => {
      const limit = LOCAL_COUNTING_MIN_LIMIT * 2;
      const limits = { perMinute: limit, anonymousPerMinute: 0 };
      const one = new RequestRateLimit(new RateLimitStore(a), limits);
      const two = new RequestRateLimit(new RateLimitStore(b), limits);
      const token = caller('local-shared');
      const store = new RateLimitStore(a);
      while (store.remainingMs(60_000) < 10_000) await new Promise((r) => setTimeout(r, 1000));
      // The worst case: neither process sends its counts before the other reaches half the budget.
      let admitted = 0;
      for (let i = 0; i < limit * 2; i++) {
        if ((await (i % 2 ? one : two).check(token, '10.0.0.1')).allowed) admitted++;
      }
      expect(admitted).toBeGreaterThanOrEqual(limit);
      expect(admitted).toBeLessThanOrEqual(limit + limit / 2);
      await Promise.all([one.flush(), two.flush()]);
      // Every request either process saw is in the shared count, admitted or not.
      expect(await store.count(RequestRateLimit.bucketOf(token, undefined), 60_000)).toBe(
        limit * 2,
      );
      // Once the counts are shared, both refuse.
      expect((await one.check(token, '10.0.0.1')).allowed).toBe(false);
      expect((await two.check(token, '10.0.0.1')).allowed).toBe(false);
      await Promise.all([one.onModuleDestroy(), two.onModuleDestroy()]);
    });
  });
});

describe('rate limits over HTTP', () => {
  let app: RunningApp;
  let dbUrl: string;

  beforeAll(async () => {
    dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
    app = await startApp({
      DATABASE_URL: dbUrl,
      RATE_LIMIT_PER_MINUTE: '8',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3',
    });
  });

  afterAll(async () => {
    await app?.stop();
    if (dbUrl) await dropDatabase(dbUrl);
  });

  it('answers 429 with Retry-After once a token spends its budget, on GraphQL and the push API', async () => {
    const made = await cli(app.env, ['token', 'create', '--name', 'busy', '--role', 'VIEWER']);
    const token = lastLine(made.stdout);
    const ask = () =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ allTenants { id } }' }),
      });
    const statuses: number[] = [];
    let refused: Response | null = null;
    // 20 requests: even if a minute boundary falls inside the loop, one window sees over 8.
    for (let i = 0; i < 20; i++) {
      const res = await ask();
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(8);
    expect(statuses).toContain(429);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused!.json()) as { error: string }).error).toMatch(/too many requests/);
    // The push API spends the same budget.
    const pushes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await fetch(
        `${app.url}/api/v1/tenants/00000000-0000-4000-8000-000000000000/snapshots`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{}',
        },
      );
      pushes.push(res.status);
    }
    expect(pushes).toContain(429);
  });

  it('limits callers without a token per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ allTenants { id } }' }),
      });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
  });
});
