import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ALL_TENANTS } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const policy = {
  Name: 'Block',
  AllowBasicAuthActiveSync: false,
  AllowBasicAuthAutodiscover: false,
  AllowBasicAuthOutlookService: false,
};
const users = ['ann', 'bob', 'cid'].map((u, i) => ({
  UserPrincipalName: `${u}@contoso.com`,
  ExternalDirectoryObjectId: `00000000-0000-4000-8000-00000000000${i}`,
  AuthenticationPolicy: u === 'cid' ? null : 'Block',
  RecipientTypeDetails: 'UserMailbox',
}));
const pilotGroup = {
  id: 'pilot-1',
  displayName: 'Pilot',
  members: users.map((u) => ({
    id: u.ExternalDirectoryObjectId,
    userPrincipalName: u.UserPrincipalName,
  })),
};

async function tenantWithPilot() {
  const t = await ctx.newTenant();
  await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, {
    capturedAt: hoursAgo(1),
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: null },
      authenticationPolicies: [policy],
      users,
    },
    entra: { groups: [pilotGroup], users: [], conditionalAccessPolicies: [] },
  });
  await ctx.waves.create(ALL_TENANTS, t.id, { name: 'Pilot', groupId: 'pilot-1', order: 1 });
  return t;
}

async function latest(tenantId: string, checkId: string) {
  const [r] = await ctx.history.results(
    ALL_TENANTS,
    { page: 0, perPage: 1 },
    { tenantId, checkId, latest: true },
  );
  return r!;
}

describe('check runs over stored data (real PostgreSQL)', () => {
  it('stores a run with every check, its score and its counts', async () => {
    const t = await tenantWithPilot();
    const run = await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    expect(run).toMatchObject({ status: 'SUCCEEDED', trigger: 'MANUAL' });
    const results = await ctx.history.results(
      ALL_TENANTS,
      { page: 0, perPage: 100 },
      { runId: run!.id },
    );
    const counts = run!.counts as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(results.length);
    expect(results.length).toBeGreaterThanOrEqual(24);
    expect(run!.score).not.toBeNull();
  });

  it('waives the pilot gap for the named user only, until the waiver expires or is revoked', async () => {
    const t = await tenantWithPilot();
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    const before = await latest(t.id, 'ROLLOUT.PILOT_COVERAGE');
    expect(before.status).toBe('FAIL');
    expect(before.metric).toBeCloseTo(2 / 3);

    const w = await ctx.waivers.create(ALL_TENANTS, 'sec@contoso.com', {
      tenantId: t.id,
      checkId: 'ROLLOUT.PILOT_COVERAGE',
      scope: 'ITEMS',
      items: ['CID@contoso.com'],
      reason: 'shared mailbox scanner, replaced in Q1',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    const waived = await latest(t.id, 'ROLLOUT.PILOT_COVERAGE');
    expect(waived.status).toBe('WAIVED');
    expect(waived.metric).toBeCloseTo(2 / 3); // the raw measurement, waivers or not

    await ctx.waivers.revoke(ALL_TENANTS, w.id);
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    expect((await latest(t.id, 'ROLLOUT.PILOT_COVERAGE')).status).toBe('FAIL');
    expect(await ctx.waivers.count(ALL_TENANTS, { tenantId: t.id, active: false })).toBe(1);
  });

  it('refuses waivers that cannot be right', async () => {
    const t = await ctx.newTenant();
    const base = {
      tenantId: t.id,
      checkId: 'ROLLOUT.PILOT_COVERAGE',
      scope: 'ITEMS' as const,
      reason: 'because',
      expiresAt: new Date(Date.now() + 3_600_000),
    };
    await expect(ctx.waivers.create(ALL_TENANTS, 'a', { ...base, items: [] })).rejects.toThrow(
      /items/,
    );
    await expect(
      ctx.waivers.create(ALL_TENANTS, 'a', { ...base, items: ['x'], checkId: 'NOPE' }),
    ).rejects.toThrow(/checkId/);
    await expect(
      ctx.waivers.create(ALL_TENANTS, 'a', {
        ...base,
        items: ['x'],
        expiresAt: new Date(Date.now() - 1),
      }),
    ).rejects.toThrow(/expiresAt/);
  });

  it('refuses a wave whose group is not in the newest entra snapshot', async () => {
    const t = await tenantWithPilot();
    await expect(
      ctx.waves.create(ALL_TENANTS, t.id, { name: 'W2', groupId: 'nope', order: 2 }),
    ).rejects.toThrow(/groupId/);
  });

  it('records a failed run with its reason and keeps the others going', async () => {
    const t = await ctx.newTenant();
    await ctx.db.pool.query(
      `UPDATE tenants SET settings = '{"maxSourceAgeHours": "soon"}' WHERE id = $1`,
      [t.id],
    );
    const run = await ctx.runs.run(ALL_TENANTS, t.id, 'SCHEDULE', new Date('2026-01-01T00:00:00Z'));
    expect(run).toMatchObject({
      status: 'FAILED',
      error: expect.stringMatching(/maxSourceAgeHours/),
    });
    // The same slot never runs twice.
    expect(
      await ctx.runs.run(ALL_TENANTS, t.id, 'SCHEDULE', new Date('2026-01-01T00:00:00Z')),
    ).toBeNull();
  });

  it('fails a run whose process died, and only that one: the liveness lock tells them apart', async () => {
    const t = await ctx.newTenant();
    const [alive, dead] = [randomUUID(), randomUUID()];
    for (const id of [alive, dead])
      await ctx.db.pool.query(
        `INSERT INTO check_runs (tenant_id, id, trigger, status) VALUES ($1, $2, 'MANUAL', 'RUNNING')`,
        [t.id, id],
      );
    // Two "processes": each holds its run's liveness lock on a connection of its own.
    const owners = await Promise.all(
      [alive, dead].map(async (id) => {
        const c = new pg.Client({ connectionString: ctx.db.url });
        await c.connect();
        await c.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [
          `check-run-alive:${id}`,
        ]);
        return c;
      }),
    );
    owners[0]!.on('error', () => {});
    expect(await ctx.runs.failInterrupted()).toEqual([]);
    await owners[1]!.end(); // the second process dies
    expect(await ctx.runs.failInterrupted()).toEqual([
      { tenantId: t.id, id: dead, trigger: 'MANUAL' },
    ]);
    const { rows } = await ctx.db.pool.query<{ id: string; status: string; error: string | null }>(
      'SELECT id, status, error FROM check_runs WHERE tenant_id = $1 ORDER BY status DESC',
      [t.id],
    );
    expect(rows).toEqual([
      { id: dead, status: 'FAILED', error: expect.stringMatching(/^interrupted: /) },
      { id: alive, status: 'RUNNING', error: null },
    ]);
    // Already failed: a second sweep finds nothing.
    expect(await ctx.runs.failInterrupted()).toEqual([]);
    await owners[0]!.end();
    expect(await ctx.runs.failInterrupted()).toEqual([
      { tenantId: t.id, id: alive, trigger: 'MANUAL' },
    ]);
  });

  it('holds a run alive while it runs: a sweep during the run leaves it alone', async () => {
    const t = await tenantWithPilot();
    // Hold the tenant's finish lock so the run stops just before storing its results.
    const blocker = new pg.Client({ connectionString: ctx.db.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`check-run:${t.id}`]);
    const running = ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    await expect
      .poll(async () => {
        const { rows } = await ctx.db.pool.query(
          `SELECT 1 FROM check_runs WHERE tenant_id = $1 AND status = 'RUNNING'`,
          [t.id],
        );
        return rows.length;
      })
      .toBe(1);
    try {
      expect(await ctx.runs.failInterrupted()).toEqual([]);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    expect(await running).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('draws posture history from finished runs', async () => {
    const t = await tenantWithPilot();
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    const points = await ctx.history.postureHistory(
      ALL_TENANTS,
      t.id,
      new Date(Date.now() - 3_600_000),
      new Date(Date.now() + 1000),
    );
    expect(points).toHaveLength(2);
    expect(points[0]).toMatchObject({ score: expect.any(Number), runs: 1 });
    expect((points[0]!.counts as Record<string, number>).FAIL).toBeGreaterThan(0);
    const daily = await ctx.history.postureHistory(
      ALL_TENANTS,
      t.id,
      new Date(Date.now() - 90 * 86_400_000),
      new Date(Date.now() + 1000),
    );
    expect(daily).toHaveLength(1);
    expect(daily[0]!.runs).toBe(2);
  });
});
