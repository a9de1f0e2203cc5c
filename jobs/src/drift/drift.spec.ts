import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  allowingExoPolicy,
  blockingExoPolicy,
  caPolicy,
  exoUser,
} from '../checks/testing/fixtures.js';
import { DRIFT_ANSWER_CAP } from '../ingest/ingest.service.js';
import { ALL_TENANTS } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const PAGE = { page: 0, perPage: 1000 };
const at = (hour: number) => new Date(Date.UTC(2026, 10, 20, hour)).toISOString();
const exoSnapshot = (
  capturedAt: string,
  policies = [blockingExoPolicy(), allowingExoPolicy()],
) => ({
  capturedAt,
  exchangeOnline: {
    organizationConfig: { DefaultAuthenticationPolicy: 'Block Basic Auth' },
    authenticationPolicies: policies,
    users: [exoUser('alice@contoso.com')],
  },
});
const flipped = () => [
  { ...blockingExoPolicy(), AllowBasicAuthActiveSync: true },
  allowingExoPolicy(),
];
const FLIP_PATH =
  'exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync';

describe('drift recorded at snapshot ingestion (real PostgreSQL)', () => {
  it('records a flipped AllowBasicAuthActiveSync as one event and returns it in the answer', async () => {
    const t = await ctx.newTenant();
    const first = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(1)));
    expect(first.drift).toEqual([]); // the first snapshot of a source is the baseline
    const second = await ctx.ingest.ingestSnapshot(
      ALL_TENANTS,
      t.id,
      exoSnapshot(at(2), flipped()),
    );
    expect(second.driftOmitted).toBe(0);
    expect(second.drift).toEqual([
      expect.objectContaining({
        tenantId: t.id,
        source: 'exchangeOnline',
        path: FLIP_PATH,
        kind: 'CHANGED',
        before: false,
        after: true,
        fromSnapshotId: first.snapshotId,
        toSnapshotId: second.snapshotId,
        capturedAt: new Date(at(2)),
      }),
    ]);
    expect(second.drift[0]!.checkIds).toContain('EXO.AUTHPOL.BLOCKS_BASIC');
    const stored = await ctx.drift.list(ALL_TENANTS, { tenantId: t.id }, PAGE);
    expect(stored).toEqual(second.drift);
    expect(await ctx.drift.get(ALL_TENANTS, second.drift[0]!.id)).toEqual(second.drift[0]);
  });

  it('records nothing for the same settings with the policies in another order', async () => {
    const t = await ctx.newTenant();
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(1)));
    const again = await ctx.ingest.ingestSnapshot(
      ALL_TENANTS,
      t.id,
      exoSnapshot(at(2), [allowingExoPolicy(), blockingExoPolicy()]),
    );
    expect(again.drift).toEqual([]);
    expect(await ctx.drift.count(ALL_TENANTS, { tenantId: t.id })).toBe(0);
  });

  it('records a pulled snapshot the same way, per source, against the previous one carrying it', async () => {
    const t = await ctx.newTenant();
    const entra = (excludeGroups: string[]) => ({
      conditionalAccessPolicies: [
        caPolicy({ id: 'p1', displayName: 'Block legacy', excludeGroups }),
      ],
      groups: [{ id: 'g-fin', displayName: 'Finance', members: [] }],
    });
    const a = await ctx.ingest.ingestSnapshot(
      ALL_TENANTS,
      t.id,
      { capturedAt: at(1), entra: entra([]) },
      'PULL',
    );
    // A snapshot of another source in between is not the entra predecessor.
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(2)), 'PUSH');
    const c = await ctx.ingest.ingestSnapshot(
      ALL_TENANTS,
      t.id,
      { capturedAt: at(3), entra: entra(['g-fin']) },
      'PULL',
    );
    expect(c.drift.map((e) => [e.path, e.summary, e.fromSnapshotId])).toEqual([
      [
        'entra.conditionalAccessPolicies[p1].conditions.users.excludeGroups',
        '"Block legacy" excludeGroups + Finance',
        a.snapshotId,
      ],
    ]);
  });

  it('compares a late snapshot with its predecessor and re-compares the pair after it', async () => {
    const t = await ctx.newTenant();
    const s1 = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(1)));
    const s3 = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(3), flipped()));
    expect(s3.drift.map((e) => e.fromSnapshotId)).toEqual([s1.snapshotId]);
    // Captured at 02:00 with the flag already flipped, it arrives last.
    const s2 = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(2), flipped()));
    expect(s2.drift.map((e) => [e.path, e.fromSnapshotId])).toEqual([[FLIP_PATH, s1.snapshotId]]);
    const all = await ctx.drift.list(ALL_TENANTS, { tenantId: t.id }, PAGE);
    // The change happened once, between 01:00 and 02:00; nothing between 02:00 and 03:00.
    expect(all.map((e) => [e.path, e.fromSnapshotId, e.toSnapshotId])).toEqual([
      [FLIP_PATH, s1.snapshotId, s2.snapshotId],
    ]);
  });

  it('stores every change of a large snapshot and answers with the first ones, linked first', async () => {
    const t = await ctx.newTenant();
    const users = (policy: string | null) =>
      Array.from({ length: 3 * DRIFT_ANSWER_CAP }, (_, i) =>
        exoUser(`u${i}@contoso.com`, { policy }),
      );
    const body = (hour: number, policy: string | null, popBlocked: boolean) => ({
      capturedAt: at(hour),
      exchangeOnline: {
        authenticationPolicies: [{ ...blockingExoPolicy(), AllowBasicAuthPop: !popBlocked }],
        users: users(policy),
      },
    });
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, body(1, null, true));
    const r = await ctx.ingest.ingestSnapshot(
      ALL_TENANTS,
      t.id,
      body(2, 'Block Basic Auth', false),
    );
    const total = 3 * DRIFT_ANSWER_CAP + 1;
    expect(r.drift).toHaveLength(DRIFT_ANSWER_CAP);
    expect(r.driftOmitted).toBe(total - DRIFT_ANSWER_CAP);
    expect(r.drift.every((e) => e.checkIds.length > 0)).toBe(true);
    expect(await ctx.drift.count(ALL_TENANTS, { tenantId: t.id })).toBe(total);
    // The unlinked Pop flag is stored too.
    expect(
      await ctx.drift.count(ALL_TENANTS, {
        tenantId: t.id,
        path: 'exchangeOnline.authenticationPolicies[',
      }),
    ).toBe(1);
  });

  it('lists within the scope, by source, words in the path, check and time', async () => {
    const t = await ctx.newTenant();
    const other = await ctx.newTenant('Other');
    for (const tenant of [t, other]) {
      await ctx.ingest.ingestSnapshot(ALL_TENANTS, tenant.id, exoSnapshot(at(1)));
      await ctx.ingest.ingestSnapshot(ALL_TENANTS, tenant.id, exoSnapshot(at(2), flipped()));
    }
    const scoped = { tenantIds: [t.id] };
    expect(await ctx.drift.count(scoped, {})).toBe(1);
    expect(await ctx.drift.count(scoped, { tenantId: other.id })).toBe(0);
    expect(await ctx.drift.count(scoped, { source: 'entra' })).toBe(0);
    expect(
      await ctx.drift.count(scoped, { path: 'exchangeOnline.authenticationPolicies[Block' }),
    ).toBe(1);
    expect(await ctx.drift.count(scoped, { path: 'exchangeOnline.users' })).toBe(0);
    // Any part of the path, in any case.
    expect(await ctx.drift.count(scoped, { path: 'block basic auth].allowbasicauthactive' })).toBe(
      1,
    );
    expect(await ctx.drift.count(scoped, { path: 'AllowBasicAuthPop' })).toBe(0);
    expect(await ctx.drift.count(scoped, { checkId: 'EXO.AUTHPOL.BLOCKS_BASIC' })).toBe(1);
    expect(await ctx.drift.count(scoped, { checkId: 'ONPREM.HMA.ENABLED' })).toBe(0);
    expect(await ctx.drift.count(scoped, { from: new Date(at(2)) })).toBe(1);
    expect(await ctx.drift.count(scoped, { to: new Date(at(2)) })).toBe(0);
    await expect(
      ctx.drift.get({ tenantIds: [other.id] }, (await ctx.drift.list(scoped, {}, PAGE))[0]!.id),
    ).rejects.toThrow(/not found/);
  });

  it('stores nothing of a snapshot whose drift could not be stored', async () => {
    const t = await ctx.newTenant();
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(1)));
    const before = await ctx.history.countSnapshots(ALL_TENANTS, { tenantId: t.id });
    // Drift that cannot be written (its table gone) must take the snapshot down with it.
    await ctx.db.pool.query('ALTER TABLE drift_events RENAME TO drift_events_away');
    try {
      await expect(
        ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(2), flipped())),
      ).rejects.toThrow();
    } finally {
      await ctx.db.pool.query('ALTER TABLE drift_events_away RENAME TO drift_events');
    }
    expect(await ctx.history.countSnapshots(ALL_TENANTS, { tenantId: t.id })).toBe(before);
  });
});

describe('the diff of a snapshot against the previous one (Snapshot.diff)', () => {
  it('reads the stored drift, and compares the snapshots when none was stored', async () => {
    const t = await ctx.newTenant();
    const first = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, exoSnapshot(at(1)));
    const second = await ctx.ingest.ingestSnapshot(
      ALL_TENANTS,
      t.id,
      exoSnapshot(at(2), flipped()),
    );
    const stored = await ctx.history.snapshot(ALL_TENANTS, second.snapshotId);
    const fromEvents = await ctx.drift.snapshotDiff(ALL_TENANTS, stored);
    expect(fromEvents).toMatchObject({
      previousSnapshotId: first.snapshotId,
      previousCapturedAt: new Date(at(1)),
      stored: true,
      total: 1,
      changes: [{ path: FLIP_PATH, kind: 'CHANGED', before: false, after: true }],
    });
    // A snapshot stored before drift was recorded: the same change, compared now.
    await ctx.db.prisma.driftEvent.deleteMany({ where: { tenantId: t.id } });
    const computed = await ctx.drift.snapshotDiff(ALL_TENANTS, stored);
    expect(computed).toEqual({ ...fromEvents, stored: false });
    expect((await ctx.drift.snapshotDiff(ALL_TENANTS, stored, 0)).changes).toEqual([]);
    // The first snapshot has nothing before it.
    const baseline = await ctx.history.snapshot(ALL_TENANTS, first.snapshotId);
    expect(await ctx.drift.snapshotDiff(ALL_TENANTS, baseline)).toEqual({
      previousSnapshotId: null,
      previousCapturedAt: null,
      stored: false,
      total: 0,
      changes: [],
    });
  });
});
