import type { Alert } from '@posture/prisma';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checksReading } from '../checks/settings-read.js';
import { ALL_TENANTS } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';
import { DRIFT_SUPERSEDED_COMMENT } from './alerts.service.js';
import { decideDriftAlerts, MAX_DRIFT_ITEMS, type DriftEventRef } from './drift-alerts.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const BLOCKS_BASIC = 'EXO.AUTHPOL.BLOCKS_BASIC';
/** The organization's default policy (Block, which every user has) blocks Basic auth. */
const ORG_DEFAULT = 'EXO.AUTHPOL.ORG_DEFAULT';
const page = { page: 0, perPage: 200 };
const names = ['ann', 'bob'];
const path = (policy: string, flag: string) =>
  `exchangeOnline.authenticationPolicies[${policy}].AllowBasicAuth${flag}`;

let minutes = 0;
const nextCapture = () => new Date(Date.now() - 60 * 60_000 + ++minutes * 1000).toISOString();

type Flag = 'ActiveSync' | 'Autodiscover' | 'OutlookService' | 'Pop';
interface Flags {
  /** The policy every user has. */
  block?: Partial<Record<Flag, boolean>>;
  /** A policy nobody has: its flags change no check's status. */
  spare?: Partial<Record<Flag, boolean>>;
}

const policy = (Name: string, f: Flags['block'] = {}) => ({
  Name,
  AllowBasicAuthActiveSync: f.ActiveSync ?? false,
  AllowBasicAuthAutodiscover: f.Autodiscover ?? false,
  AllowBasicAuthOutlookService: f.OutlookService ?? false,
  // Watched, but no check reads it.
  AllowBasicAuthPop: f.Pop ?? false,
});

function body(flags: Flags, capturedAt = nextCapture()) {
  return {
    capturedAt,
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: 'Block' },
      authenticationPolicies: [policy('Block', flags.block), policy('Spare', flags.spare)],
      users: names.map((u, i) => ({
        UserPrincipalName: `${u}@contoso.com`,
        ExternalDirectoryObjectId: `00000000-0000-4000-8000-00000000000${i}`,
        AuthenticationPolicy: 'Block',
        RecipientTypeDetails: 'UserMailbox',
      })),
    },
  };
}

const push = (tenantId: string, flags: Flags, capturedAt?: string) =>
  ctx.ingest.ingestSnapshot(ALL_TENANTS, tenantId, body(flags, capturedAt));

async function run(tenantId: string) {
  const r = await ctx.runs.run(ALL_TENANTS, tenantId, 'MANUAL');
  expect(r?.status, r?.error ?? '').toBe('SUCCEEDED');
  return r!;
}

const driftAlerts = (tenantId: string, extra: { checkId?: string } = {}) =>
  ctx.alerts.list(
    ALL_TENANTS,
    { ...page, sortField: 'checkId', sortOrder: 'ASC' },
    {
      tenantId,
      kind: 'DRIFT',
      ...extra,
    },
  );
const rows = (a: Alert) => (a.items as Array<{ key: string; row: Record<string, unknown> }>) ?? [];

describe('drift raises INFO alerts (real PostgreSQL)', () => {
  it('a change that moves no status opens one INFO alert per check that reads it, saying what changed', async () => {
    const t = await ctx.newTenant();
    await push(t.id, { spare: { ActiveSync: true } });
    const before = await run(t.id);
    const pushed = await push(t.id, { spare: { ActiveSync: false } });
    const flip = path('Spare', 'ActiveSync');
    const [event] = pushed.drift;
    expect(event).toMatchObject({ path: flip, before: true, after: false });

    // Raised in the snapshot's transaction: there before any run.
    const alerts = await driftAlerts(t.id);
    expect(alerts.map((a) => a.checkId)).toEqual([...checksReading(flip)].sort());
    for (const a of alerts) {
      expect(a).toMatchObject({
        kind: 'DRIFT',
        state: 'OPEN',
        severity: 'INFO',
        beforeStatus: null,
        firstResultId: null,
      });
      expect(a.summary).toContain('AllowBasicAuthActiveSync');
      expect(a.items).toEqual([
        {
          list: 'drift',
          kind: 'setting',
          key: flip,
          row: expect.objectContaining({
            driftEventId: event!.id,
            path: flip,
            before: true,
            after: false,
            fromSnapshotId: event!.fromSnapshotId,
            toSnapshotId: pushed.snapshotId,
            changes: 1,
          }),
        },
      ]);
    }

    // The next run moves no status of those checks: the drift alerts stay open.
    const after = await run(t.id);
    const statuses = async (runId: string) =>
      (await ctx.history.results(ALL_TENANTS, page, { runId })).map((r) => [r.checkId, r.status]);
    expect(await statuses(after.id)).toEqual(await statuses(before.id));
    expect((await driftAlerts(t.id)).map((a) => a.state)).toEqual(alerts.map(() => 'OPEN'));
    expect(await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id })).toBe(alerts.length);
  });

  it('dedupe: later changes join the OPEN alert (one item per path, first before, newest after) until it is acknowledged', async () => {
    const t = await ctx.newTenant();
    await push(t.id, { spare: { ActiveSync: true, Autodiscover: true } });
    await push(t.id, { spare: { ActiveSync: false, Autodiscover: true } });
    const first = await driftAlerts(t.id, { checkId: BLOCKS_BASIC });
    expect(first).toHaveLength(1);

    await push(t.id, { spare: { ActiveSync: false, Autodiscover: false } });
    await push(t.id, { spare: { ActiveSync: true, Autodiscover: false } });
    const [joined, ...none] = await driftAlerts(t.id, { checkId: BLOCKS_BASIC });
    expect(none).toEqual([]);
    expect(joined!.id).toBe(first[0]!.id);
    expect(rows(joined!).map((i) => [i.key, i.row.before, i.row.after, i.row.changes])).toEqual([
      [path('Spare', 'ActiveSync'), true, true, 2],
      [path('Spare', 'Autodiscover'), true, false, 1],
    ]);
    expect(joined!.summary).toMatch(/^2 settings this check reads changed/);

    // Acknowledged: the next change opens a new alert; the acknowledged one keeps its items.
    await ctx.alerts.acknowledge(ALL_TENANTS, 'sam@contoso.com', [joined!.id], 'expected');
    await push(t.id, { spare: { ActiveSync: true, Autodiscover: false, OutlookService: true } });
    const now = await driftAlerts(t.id, { checkId: BLOCKS_BASIC });
    expect(now.map((a) => [a.state, rows(a).length]).sort()).toEqual([
      ['ACKNOWLEDGED', 2],
      ['OPEN', 1],
    ]);
    expect(rows(now.find((a) => a.state === 'OPEN')!)[0]!.key).toBe(
      path('Spare', 'OutlookService'),
    );

    // The database holds the rule: a second OPEN drift alert for the check is refused.
    await expect(
      ctx.db.prisma.alert.create({
        data: {
          tenantId: t.id,
          checkId: BLOCKS_BASIC,
          kind: 'DRIFT',
          severity: 'INFO',
          summary: 'x',
        },
      }),
    ).rejects.toThrow(/Unique constraint/);
  });

  it('drift that shows as a regression: the next run that opens the regression resolves the drift alert; while the regression is unresolved, drift of its check raises none', async () => {
    const t = await ctx.newTenant();
    await push(t.id, {});
    const passing = await run(t.id);
    const [pass] = await ctx.history.results(ALL_TENANTS, page, {
      runId: passing.id,
      checkId: ORG_DEFAULT,
    });
    expect(pass!.status).toBe('PASS');

    // The policy everyone has now allows Basic auth for ActiveSync.
    await push(t.id, { block: { ActiveSync: true } });
    const [raised] = await driftAlerts(t.id, { checkId: ORG_DEFAULT });
    expect(raised).toMatchObject({ state: 'OPEN' });
    const others = (await driftAlerts(t.id)).filter((a) => a.checkId !== ORG_DEFAULT);

    const regressed = await run(t.id);
    const [regression] = await ctx.alerts.list(ALL_TENANTS, page, {
      tenantId: t.id,
      checkId: ORG_DEFAULT,
      kind: 'REGRESSION',
    });
    expect(regression).toMatchObject({ state: 'OPEN', firstRunId: regressed.id });
    const [superseded] = await driftAlerts(t.id, { checkId: ORG_DEFAULT });
    expect(superseded).toMatchObject({
      id: raised!.id,
      state: 'RESOLVED',
      autoResolved: true,
      resolvedBy: null,
      latestRunId: regressed.id,
      latestResultId: regression!.firstResultId,
      latestStatus: 'FAIL',
    });
    expect(superseded!.resolveComment).toBe(`${DRIFT_SUPERSEDED_COMMENT} (REGRESSION)`);
    // Checks the change did not make worse keep their drift alert.
    for (const o of others) {
      const [still] = await driftAlerts(t.id, { checkId: o.checkId });
      const [bad] = await ctx.alerts.list(ALL_TENANTS, page, {
        tenantId: t.id,
        checkId: o.checkId,
        kind: ['REGRESSION', 'BLIND_SPOT'],
      });
      expect(still!.state).toBe(bad ? 'RESOLVED' : 'OPEN');
    }

    // More drift of the regressed check's settings: the regression alert already tells it.
    await push(t.id, { block: { ActiveSync: true, Autodiscover: true } });
    const blocks = await driftAlerts(t.id, { checkId: ORG_DEFAULT });
    expect(blocks.map((a) => a.state)).toEqual(['RESOLVED']);

    // An old drift alert (seen by a run that opened nothing) is not resolved by a later regression.
    await push(t.id, {}); // fixed
    await run(t.id); // resolves the regression
    await push(t.id, { spare: { OutlookService: true } }); // drift, no regression
    await run(t.id);
    const [old] = (await driftAlerts(t.id, { checkId: ORG_DEFAULT })).filter(
      (a) => a.state === 'OPEN',
    );
    expect(rows(old!).map((i) => i.key)).toEqual([path('Spare', 'OutlookService')]);
    await push(t.id, { block: { ActiveSync: true }, spare: { OutlookService: true } });
    await run(t.id); // regresses again: the alert above joined the new change before the run
    expect(
      (await driftAlerts(t.id, { checkId: ORG_DEFAULT })).find((a) => a.id === old!.id),
    ).toMatchObject({ state: 'RESOLVED', autoResolved: true });
  });

  it('drift no check reads raises nothing; a late snapshot raises nothing (its change was seen already)', async () => {
    const t = await ctx.newTenant();
    const hour = (h: number) => new Date(Date.now() - (10 - h) * 3_600_000).toISOString();
    await push(t.id, {}, hour(1));
    const unlinked = await push(t.id, { spare: { Pop: true } }, hour(2));
    expect(unlinked.drift.map((e) => [e.path, e.checkIds])).toEqual([[path('Spare', 'Pop'), []]]);
    expect(await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id })).toBe(0);

    await push(t.id, { spare: { ActiveSync: true, Pop: true } }, hour(4));
    const count = await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id });
    expect(count).toBeGreaterThan(0);
    const items = (await driftAlerts(t.id)).map((a) => rows(a).length);
    // Captured between the two: its own change is history, already in the alerts above.
    const late = await push(t.id, { spare: { ActiveSync: true, Pop: true } }, hour(3));
    expect(late.drift.map((e) => e.path)).toEqual([path('Spare', 'ActiveSync')]);
    expect(await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id })).toBe(count);
    expect((await driftAlerts(t.id)).map((a) => rows(a).length)).toEqual(items);
  });

  it('drift alerts commit with the snapshot: when they cannot be written, the snapshot and its drift are not stored', async () => {
    const t = await ctx.newTenant();
    await push(t.id, {});
    const fn = 'fail_drift_alerts';
    await ctx.db.pool.query(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
    );
    await ctx.db.pool.query(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON alerts FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await expect(push(t.id, { spare: { ActiveSync: true } })).rejects.toThrow(/refused/);
    } finally {
      await ctx.db.pool.query(`DROP TRIGGER ${fn} ON alerts`);
      await ctx.db.pool.query(`DROP FUNCTION ${fn}()`);
    }
    const { rows: counts } = await ctx.db.pool.query<{ s: number; d: number }>(
      `SELECT (SELECT count(*)::int FROM snapshots WHERE tenant_id = $1) AS s,
              (SELECT count(*)::int FROM drift_events WHERE tenant_id = $1) AS d`,
      [t.id],
    );
    expect(counts[0]).toEqual({ s: 1, d: 0 });
  });
});

describe('decideDriftAlerts (pure)', () => {
  const ev = (n: number, checkIds = [BLOCKS_BASIC]): DriftEventRef => ({
    id: `e${n}`,
    source: 'exchangeOnline',
    path: `p${n}`,
    kind: 'CHANGED',
    before: n,
    after: n + 1,
    summary: `p${n}: ${n} → ${n + 1}`,
    checkIds,
    fromSnapshotId: 'a',
    toSnapshotId: 'b',
    capturedAt: new Date(0),
    detectedAt: new Date(0),
  });

  it('lists at most MAX_DRIFT_ITEMS changes', () => {
    const events = Array.from({ length: MAX_DRIFT_ITEMS + 5 }, (_, n) => ev(n));
    const [d] = decideDriftAlerts({ events, shownAsRegression: new Set(), openDrift: [] });
    expect(d).toMatchObject({ type: 'OPEN', checkId: BLOCKS_BASIC });
    expect(d!.items).toHaveLength(MAX_DRIFT_ITEMS);
  });

  it('a large value is kept shortened', () => {
    const big = { ...ev(1), after: { text: 'x'.repeat(5000) } };
    const [d] = decideDriftAlerts({ events: [big], shownAsRegression: new Set(), openDrift: [] });
    const after = (d!.items[0]!.row as { after: unknown }).after;
    expect(typeof after).toBe('string');
    expect((after as string).length).toBeLessThan(2100);
  });

  it('a check shown as a regression gets nothing; the others do', () => {
    const d = decideDriftAlerts({
      events: [ev(1, [BLOCKS_BASIC, 'ROLLOUT.SCHEDULE'])],
      shownAsRegression: new Set([BLOCKS_BASIC]),
      openDrift: [],
    });
    expect(d.map((x) => x.checkId)).toEqual(['ROLLOUT.SCHEDULE']);
  });
});
