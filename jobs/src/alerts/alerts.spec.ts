import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { InvalidInput } from '../errors.js';
import { ALL_TENANTS, type TenantScope } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';
import { AlertNotFound, InvalidAlertTransition } from './alerts.errors.js';
import { AUTO_RESOLVE_COMMENT } from './regression.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const PILOT = 'ROLLOUT.PILOT_COVERAGE';
const BLOCKS_BASIC = 'EXO.AUTHPOL.BLOCKS_BASIC';
const page = { page: 0, perPage: 100 };
const names = ['ann', 'bob', 'cid'];

/** Every snapshot of a tenant is newer than the last, so the view always reads the newest. */
let minutes = 0;
const nextCapture = () => new Date(Date.now() - 60 * 60_000 + ++minutes * 1000).toISOString();

/** Ingests a snapshot where the listed users have no policy (so the pilot is not covered). */
async function snapshot(tenantId: string, uncovered: string[] = [], allowActiveSync = false) {
  await ctx.ingest.ingestSnapshot(ALL_TENANTS, tenantId, {
    capturedAt: nextCapture(),
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: null },
      authenticationPolicies: [
        {
          Name: 'Block',
          AllowBasicAuthActiveSync: allowActiveSync,
          AllowBasicAuthAutodiscover: false,
          AllowBasicAuthOutlookService: false,
        },
      ],
      users: names.map((u, i) => ({
        UserPrincipalName: `${u}@contoso.com`,
        ExternalDirectoryObjectId: `00000000-0000-4000-8000-00000000000${i}`,
        AuthenticationPolicy: uncovered.includes(u) ? null : 'Block',
        RecipientTypeDetails: 'UserMailbox',
      })),
    },
    entra: {
      groups: [
        {
          id: 'pilot-1',
          displayName: 'Pilot',
          members: names.map((u, i) => ({
            id: `00000000-0000-4000-8000-00000000000${i}`,
            userPrincipalName: `${u}@contoso.com`,
          })),
        },
      ],
      users: [],
      conditionalAccessPolicies: [],
    },
  });
}

async function coveredTenant(name = 'Contoso') {
  const t = await ctx.tenants.create({ name });
  await snapshot(t.id);
  await ctx.waves.create(ALL_TENANTS, t.id, { name: 'Pilot', groupId: 'pilot-1', order: 1 });
  return t;
}

async function run(tenantId: string) {
  const r = await ctx.runs.run(ALL_TENANTS, tenantId, 'MANUAL');
  expect(r?.status, r?.error ?? '').toBe('SUCCEEDED');
  return r!;
}

async function result(runId: string, checkId: string) {
  const [r] = await ctx.history.results(ALL_TENANTS, page, { runId, checkId });
  return r!;
}

/**
 * The alerts check runs raise. Changing the fixture's snapshots is drift too, which raises its
 * own INFO alerts (drift-alerts.spec.ts); these tests are about the others.
 */
const NOT_DRIFT = ['REGRESSION', 'BLIND_SPOT', 'WAIVER_EXPIRED'] as const;
const alertsOf = (tenantId: string, checkId?: string) =>
  ctx.alerts.list(ALL_TENANTS, page, { tenantId, checkId, kind: NOT_DRIFT });

describe('alerts from check runs (real PostgreSQL)', () => {
  it('a regression opens one alert with before, after and the items that became bad; it stays one while failing and resolves itself when fixed', async () => {
    const t = await coveredTenant();
    const passing = await run(t.id);
    expect((await result(passing.id, PILOT)).status).toBe('PASS');
    expect(await alertsOf(t.id)).toEqual([]);

    await snapshot(t.id, ['cid']);
    const regressed = await run(t.id);
    const [alert, ...more] = await alertsOf(t.id, PILOT);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'REGRESSION',
      state: 'OPEN',
      severity: 'HIGH',
      beforeStatus: 'PASS',
      afterStatus: 'FAIL',
      latestStatus: 'FAIL',
      previousResultId: (await result(passing.id, PILOT)).id,
      firstResultId: (await result(regressed.id, PILOT)).id,
      firstRunId: regressed.id,
      latestRunId: regressed.id,
      items: [expect.objectContaining({ list: 'uncovered', kind: 'user', key: 'cid@contoso.com' })],
    });
    expect(alert!.summary).toMatch(/PASS → FAIL/);

    // Still failing, now with one more user: no second alert; the open one follows the newest run.
    await snapshot(t.id, ['bob', 'cid']);
    const still = await run(t.id);
    const [same, ...none] = await alertsOf(t.id, PILOT);
    expect(none).toEqual([]);
    expect(same).toMatchObject({
      id: alert!.id,
      state: 'OPEN',
      firstRunId: regressed.id,
      latestRunId: still.id,
      latestResultId: (await result(still.id, PILOT)).id,
    });

    await snapshot(t.id);
    const fixed = await run(t.id);
    expect(await ctx.alerts.get(ALL_TENANTS, alert!.id)).toMatchObject({
      state: 'RESOLVED',
      autoResolved: true,
      resolvedBy: null,
      resolveComment: AUTO_RESOLVE_COMMENT.PASS,
      resolvedAt: fixed.finishedAt,
      latestStatus: 'PASS',
      latestRunId: fixed.id,
    });

    // A new regression after the fix is a new alert; the resolved one is kept as history.
    await snapshot(t.id, ['ann']);
    await run(t.id);
    const history = await alertsOf(t.id, PILOT);
    expect(history.map((a) => a.state)).toEqual(['OPEN', 'RESOLVED']);
  });

  it('one run that regresses two checks opens two alerts', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, [], true); // the only policy now allows Basic auth for ActiveSync
    await run(t.id);
    const alerts = await alertsOf(t.id);
    const checks = alerts.map((a) => a.checkId);
    expect(new Set(checks).size).toBe(checks.length);
    expect(checks).toEqual(expect.arrayContaining([BLOCKS_BASIC, PILOT]));
    expect(alerts.find((a) => a.checkId === BLOCKS_BASIC)).toMatchObject({
      beforeStatus: 'PASS',
      afterStatus: 'FAIL',
    });
    // Every pilot user is uncovered now, and each is named.
    const pilotItems = alerts.find((a) => a.checkId === PILOT)!.items as Array<{ key: string }>;
    expect(pilotItems.map((i) => i.key).sort()).toEqual(names.map((n) => `${n}@contoso.com`));
  });

  it('people acknowledge and resolve, one or many, with who, when and a comment', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid'], true);
    await run(t.id);
    const all = await alertsOf(t.id);
    const [a, b] = all;
    const at = new Date('2026-11-20T07:00:00Z');

    const [acked] = await ctx.alerts.acknowledge(
      ALL_TENANTS,
      'sec@contoso.com',
      [a!.id],
      ' on it ',
      at,
    );
    expect(acked).toMatchObject({
      state: 'ACKNOWLEDGED',
      acknowledgedBy: 'sec@contoso.com',
      acknowledgedAt: at,
      acknowledgeComment: 'on it',
    });
    await expect(ctx.alerts.acknowledge(ALL_TENANTS, 'x', [a!.id], null)).rejects.toBeInstanceOf(
      InvalidAlertTransition,
    );

    const resolved = await ctx.alerts.resolve(
      ALL_TENANTS,
      'lead@contoso.com',
      [a!.id, b!.id],
      'accepted until the migration',
      at,
    );
    expect(resolved.map((r) => [r.state, r.resolvedBy, r.resolveComment, r.autoResolved])).toEqual([
      ['RESOLVED', 'lead@contoso.com', 'accepted until the migration', false],
      ['RESOLVED', 'lead@contoso.com', 'accepted until the migration', false],
    ]);
    const rest = all.slice(2).map((x) => x.id);
    if (rest.length) await ctx.alerts.resolve(ALL_TENANTS, 'lead@contoso.com', rest, 'the rest');

    // Resolved alerts cannot be acknowledged or resolved again, and a still-failing check
    // does not reopen them: a regression does.
    await expect(ctx.alerts.resolve(ALL_TENANTS, 'x', [a!.id], 'again')).rejects.toThrow(
      /is RESOLVED/,
    );
    await run(t.id);
    expect(
      await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id, state: 'OPEN', kind: NOT_DRIFT }),
    ).toBe(0);
  });

  it('counts open alerts per severity and filters by several states and by words', async () => {
    const t = await coveredTenant();
    const other = await coveredTenant('Fabrikam');
    await run(t.id);
    await snapshot(t.id, ['cid'], true);
    await run(t.id);
    const all = await alertsOf(t.id);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const [a, b] = all;
    await ctx.alerts.acknowledge(ALL_TENANTS, 'x', [a!.id], null);
    await ctx.alerts.resolve(ALL_TENANTS, 'x', [b!.id], 'done');

    // Open means OPEN or ACKNOWLEDGED; every severity is listed, worst first.
    const counts = await ctx.alerts.openCounts(ALL_TENANTS, t.id);
    expect(counts.map((c) => c.severity)).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']);
    // Drift alerts (INFO) count too.
    const everything = await ctx.alerts.list(ALL_TENANTS, page, { tenantId: t.id });
    expect(everything.some((x) => x.kind === 'DRIFT' && x.state === 'OPEN')).toBe(true);
    const expected = (sev: string) =>
      everything.filter((x) => x.id !== b!.id && x.state !== 'RESOLVED' && x.severity === sev)
        .length;
    for (const c of counts) expect(c.count).toBe(expected(c.severity));
    expect((await ctx.alerts.openCounts(ALL_TENANTS, other.id)).every((c) => c.count === 0)).toBe(
      true,
    );

    const open = await ctx.alerts.list(ALL_TENANTS, page, {
      tenantId: t.id,
      state: ['OPEN', 'ACKNOWLEDGED'],
      kind: NOT_DRIFT,
    });
    expect(open.map((x) => x.id).sort()).toEqual(
      all
        .filter((x) => x.id !== b!.id)
        .map((x) => x.id)
        .sort(),
    );
    const found = await ctx.alerts.list(ALL_TENANTS, page, {
      tenantId: t.id,
      q: 'authpol',
      kind: NOT_DRIFT,
    });
    expect(found.map((x) => x.checkId)).toEqual([BLOCKS_BASIC]);
  });

  it('a bulk change is all or nothing, and says what is wrong', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid'], true);
    await run(t.id);
    const [a, b] = await alertsOf(t.id);
    await ctx.alerts.resolve(ALL_TENANTS, 'x', [b!.id], 'done');

    const err = await ctx.alerts
      .acknowledge(ALL_TENANTS, 'x', [a!.id, b!.id], null)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidAlertTransition);
    expect((err as InvalidAlertTransition).message).toContain(`alert ${b!.id} is RESOLVED`);
    expect((await ctx.alerts.get(ALL_TENANTS, a!.id)).state).toBe('OPEN');

    await expect(ctx.alerts.resolve(ALL_TENANTS, 'x', [a!.id], '  ')).rejects.toBeInstanceOf(
      InvalidInput,
    );
    await expect(ctx.alerts.acknowledge(ALL_TENANTS, 'x', [], null)).rejects.toBeInstanceOf(
      InvalidInput,
    );
    await expect(
      ctx.alerts.acknowledge(ALL_TENANTS, 'x', [a!.id, 'not-an-id'], null),
    ).rejects.toBeInstanceOf(AlertNotFound);
    expect((await ctx.alerts.get(ALL_TENANTS, a!.id)).state).toBe('OPEN');
  });

  it("another tenant's alerts are invisible: not listed, not counted, not found, not changed", async () => {
    const mine = await coveredTenant('Mine');
    const theirs = await coveredTenant('Theirs');
    for (const t of [mine, theirs]) {
      await run(t.id);
      await snapshot(t.id, ['cid']);
      await run(t.id);
    }
    const scope: TenantScope = { tenantIds: [mine.id] };
    const [their] = await alertsOf(theirs.id, PILOT);
    const visible = await ctx.alerts.list(scope, page);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((a) => a.tenantId === mine.id)).toBe(true);
    expect(await ctx.alerts.count(scope, { tenantId: theirs.id })).toBe(0);
    await expect(ctx.alerts.get(scope, their!.id)).rejects.toBeInstanceOf(AlertNotFound);
    await expect(ctx.alerts.resolve(scope, 'x', [their!.id], 'mine now')).rejects.toBeInstanceOf(
      AlertNotFound,
    );
    expect((await ctx.alerts.get(ALL_TENANTS, their!.id)).state).toBe('OPEN');
  });

  it('filters by state, severity, kind and check', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid'], true);
    await run(t.id);
    const all = await alertsOf(t.id);
    const high = await ctx.alerts.list(ALL_TENANTS, page, {
      tenantId: t.id,
      severity: 'HIGH',
      kind: NOT_DRIFT,
    });
    expect(high.map((a) => a.id).sort()).toEqual(
      all
        .filter((a) => a.severity === 'HIGH')
        .map((a) => a.id)
        .sort(),
    );
    expect(high.length).toBeGreaterThan(0);
    expect(await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id, kind: 'BLIND_SPOT' })).toBe(0);
    await ctx.alerts.acknowledge(ALL_TENANTS, 'x', [all[0]!.id], null);
    expect(
      (
        await ctx.alerts.list(ALL_TENANTS, page, {
          tenantId: t.id,
          state: 'ACKNOWLEDGED',
          kind: NOT_DRIFT,
        })
      ).map((a) => a.id),
    ).toEqual([all[0]!.id]);
    expect(
      await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id, checkId: PILOT, kind: NOT_DRIFT }),
    ).toBe(1);
  });

  it('a waiver resolves the alert, and its expiry opens a WAIVER_EXPIRED one naming the items', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid']);
    await run(t.id);
    const [regression] = await alertsOf(t.id, PILOT);

    // Long enough for the run below to see it active on a busy machine, short enough to wait out.
    const expiresAt = new Date(Date.now() + 6000);
    await ctx.waivers.create(ALL_TENANTS, 'sec@contoso.com', {
      tenantId: t.id,
      checkId: PILOT,
      scope: 'ITEMS',
      items: ['cid@contoso.com'],
      reason: 'scanner mailbox, replaced next week',
      expiresAt,
    });
    await run(t.id);
    expect(await ctx.alerts.get(ALL_TENANTS, regression!.id)).toMatchObject({
      state: 'RESOLVED',
      autoResolved: true,
      latestStatus: 'WAIVED',
      resolveComment: AUTO_RESOLVE_COMMENT.WAIVED,
    });

    await new Promise((r) => setTimeout(r, expiresAt.getTime() - Date.now() + 50));
    await run(t.id);
    const [expired] = await ctx.alerts.list(ALL_TENANTS, page, {
      tenantId: t.id,
      checkId: PILOT,
      state: 'OPEN',
    });
    expect(expired).toMatchObject({
      kind: 'WAIVER_EXPIRED',
      beforeStatus: 'WAIVED',
      afterStatus: 'FAIL',
      items: [expect.objectContaining({ key: 'cid@contoso.com' })],
    });
  });

  it('a stale source is a blind spot', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await ctx.db.pool.query(
      `UPDATE tenants SET settings = '{"maxSourceAgeHours": 1}' WHERE id = $1`,
      [t.id],
    );
    await ctx.db.pool.query(
      `UPDATE snapshots SET captured_at = captured_at - interval '3 hours' WHERE tenant_id = $1`,
      [t.id],
    );
    await run(t.id);
    const [blind] = await ctx.alerts.list(ALL_TENANTS, page, {
      tenantId: t.id,
      checkId: PILOT,
    });
    expect(blind).toMatchObject({ kind: 'BLIND_SPOT', beforeStatus: 'PASS', afterStatus: 'ERROR' });
  });
});

describe('alerts and the run commit together', () => {
  async function failingTrigger(table: string, body: () => Promise<void>) {
    const fn = `fail_${table}`;
    await ctx.db.pool.query(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'refused by the test: %', TG_TABLE_NAME; END $$`,
    );
    await ctx.db.pool.query(
      `CREATE TRIGGER ${fn} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await body();
    } finally {
      await ctx.db.pool.query(`DROP TRIGGER ${fn} ON ${table}`);
      await ctx.db.pool.query(`DROP FUNCTION ${fn}()`);
    }
  }

  it('when alerts cannot be written, the run stores no result and says why', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid']);
    await failingTrigger('alerts', async () => {
      const failed = await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
      expect(failed).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/alerts/) });
      expect(await ctx.history.countResults(ALL_TENANTS, { runId: failed!.id })).toBe(0);
    });
    expect(await alertsOf(t.id)).toEqual([]);
    // The next run judges against the last stored run, so the regression is not lost.
    await run(t.id);
    expect(await alertsOf(t.id, PILOT)).toHaveLength(1);
  });

  it('when the results cannot be stored, no alert changes', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid']);
    const regressed = await run(t.id);
    await snapshot(t.id); // fixed: a stored run would resolve the alert
    await failingTrigger('check_results', async () => {
      const failed = await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
      expect(failed?.status).toBe('FAILED');
    });
    const [alert] = await alertsOf(t.id, PILOT);
    expect(alert).toMatchObject({ state: 'OPEN', latestRunId: regressed.id });
  });

  it('concurrent runs of one tenant open one alert per check, and the index refuses a second', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid']);
    // Hold every run at the door (inserting its results) until all three are there, so they
    // finish at the same moment rather than one after another by luck.
    const gate = await ctx.db.pool.connect();
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE check_results IN EXCLUSIVE MODE');
    const pending = [1, 2, 3].map(() => ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL'));
    for (let waiting = 0; waiting < 3;) {
      await new Promise((r) => setTimeout(r, 50));
      const { rows } = await gate.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks
          WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      waiting = rows[0]!.n;
    }
    await gate.query('COMMIT');
    gate.release();
    const runs = await Promise.all(pending);
    expect(runs.map((r) => r?.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    const [alert, ...more] = await alertsOf(t.id, PILOT);
    expect(more).toEqual([]);

    // The database itself holds the rule, whoever writes.
    await expect(
      ctx.db.pool.query(
        `INSERT INTO alerts (tenant_id, check_id, kind, severity, summary)
         VALUES ($1, $2, 'REGRESSION', 'HIGH', 'a duplicate')`,
        [t.id, PILOT],
      ),
    ).rejects.toThrow(/alerts_one_unresolved_per_check/);
    await ctx.alerts.resolve(ALL_TENANTS, 'x', [alert!.id], 'handled');
    await ctx.db.pool.query(
      `INSERT INTO alerts (tenant_id, check_id, kind, severity, summary)
       VALUES ($1, $2, 'REGRESSION', 'HIGH', 'allowed once the first is resolved')`,
      [t.id, PILOT],
    );
  });

  it('a result an alert points at cannot be deleted alone, but a tenant goes with its alerts', async () => {
    const t = await coveredTenant();
    await run(t.id);
    await snapshot(t.id, ['cid']);
    const regressed = await run(t.id);
    await expect(
      ctx.db.pool.query(`DELETE FROM check_runs WHERE id = $1`, [regressed.id]),
    ).rejects.toThrow(/alerts_tenant_id_(first|latest)_result_id_fkey/);
    await ctx.db.pool.query(`DELETE FROM tenants WHERE id = $1`, [t.id]);
    expect(await ctx.alerts.count(ALL_TENANTS, { tenantId: t.id, kind: NOT_DRIFT })).toBe(0);
  });
});
