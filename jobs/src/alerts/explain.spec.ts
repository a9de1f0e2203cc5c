import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_TENANTS } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';
import { resultPairsSql } from './explain.repository.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const ORG_DEFAULT = 'EXO.AUTHPOL.ORG_DEFAULT';
const page = { page: 0, perPage: 200 };
const FLIP = 'exchangeOnline.authenticationPolicies[Block].AllowBasicAuthActiveSync';
let minutes = 0;
const nextCapture = () => new Date(Date.now() - 60 * 60_000 + ++minutes * 1000).toISOString();

/** Every user has the organization's default policy, Block; `allow` opens it for ActiveSync. */
const push = (tenantId: string, allow = false, pop = false) =>
  ctx.ingest.ingestSnapshot(ALL_TENANTS, tenantId, {
    capturedAt: nextCapture(),
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: 'Block' },
      authenticationPolicies: [
        {
          Name: 'Block',
          AllowBasicAuthActiveSync: allow,
          AllowBasicAuthAutodiscover: false,
          AllowBasicAuthOutlookService: false,
          AllowBasicAuthPop: pop,
        },
      ],
      users: ['ann', 'bob'].map((u, i) => ({
        UserPrincipalName: `${u}@contoso.com`,
        ExternalDirectoryObjectId: `00000000-0000-4000-8000-00000000000${i}`,
        AuthenticationPolicy: null,
        RecipientTypeDetails: 'UserMailbox',
      })),
    },
  });

async function run(tenantId: string) {
  const r = await ctx.runs.run(ALL_TENANTS, tenantId, 'MANUAL');
  expect(r?.status, r?.error ?? '').toBe('SUCCEEDED');
  return r!;
}

describe('what a run changed, and the drift that explains an alert (real PostgreSQL)', () => {
  it('lists only the checks whose status or metric changed, with the alerts the run opened and resolved', async () => {
    const t = await ctx.newTenant();
    await push(t.id);
    const first = await run(t.id);
    const initial = await ctx.explain.runChanges(ALL_TENANTS, first);
    expect(initial).toMatchObject({ checks: [], compared: 0, previousRunId: null });

    const same = await run(t.id);
    const unchanged = await ctx.explain.runChanges(ALL_TENANTS, same);
    expect(unchanged.checks).toEqual([]);
    expect(unchanged.compared).toBeGreaterThan(10);
    expect(unchanged.previousRunId).toBe(first.id);
    expect([unchanged.opened, unchanged.resolved]).toEqual([[], []]);

    await push(t.id, true);
    const regressed = await run(t.id);
    const changes = await ctx.explain.runChanges(ALL_TENANTS, regressed);
    const org = changes.checks.find((c) => c.checkId === ORG_DEFAULT);
    const [before] = await ctx.history.results(ALL_TENANTS, page, {
      runId: same.id,
      checkId: ORG_DEFAULT,
    });
    const [after] = await ctx.history.results(ALL_TENANTS, page, {
      runId: regressed.id,
      checkId: ORG_DEFAULT,
    });
    expect(org).toMatchObject({
      beforeStatus: 'PASS',
      afterStatus: 'FAIL',
      beforeResultId: before!.id,
      afterResultId: after!.id,
      beforeRunId: same.id,
    });
    // Exactly the checks whose result differs from the one before.
    const all = await ctx.history.results(ALL_TENANTS, page, { runId: regressed.id });
    const prev = await ctx.history.results(ALL_TENANTS, page, { runId: same.id });
    const differs = all
      .filter((r) => {
        const p = prev.find((x) => x.checkId === r.checkId)!;
        return p.status !== r.status || p.metric !== r.metric;
      })
      .map((r) => r.checkId)
      .sort();
    expect(changes.checks.map((c) => c.checkId).sort()).toEqual(differs);
    const regression = changes.opened.find((a) => a.checkId === ORG_DEFAULT);
    expect(regression).toMatchObject({ kind: 'REGRESSION', firstRunId: regressed.id });
    // The drift alert the change raised is resolved by this run: it shows as the regression.
    expect(changes.resolved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'DRIFT', checkId: ORG_DEFAULT, autoResolved: true }),
      ]),
    );

    // The regression's drift: the flip, not an earlier change or one of an unrelated setting.
    const drift = await ctx.explain.alertDrift(ALL_TENANTS, regression!);
    expect(drift.map((e) => [e.path, e.before, e.after])).toEqual([[FLIP, false, true]]);
    // Another tenant's caller sees none of it.
    const other = { tenantIds: [(await ctx.newTenant('Other')).id] };
    expect(await ctx.explain.alertDrift(other, regression!)).toEqual([]);
    expect((await ctx.explain.runChanges(other, regressed)).checks).toEqual([]);

    await push(t.id, false, true); // fixed, and an unrelated (unlinked) flag flipped
    const fixed = await run(t.id);
    const fix = await ctx.explain.runChanges(ALL_TENANTS, fixed);
    expect(fix.checks.find((c) => c.checkId === ORG_DEFAULT)).toMatchObject({
      beforeStatus: 'FAIL',
      afterStatus: 'PASS',
    });
    expect(fix.resolved.map((a) => a.id)).toContain(regression!.id);
    expect(fix.opened).toEqual([]);
  });

  it('the drift alert names its own events', async () => {
    const t = await ctx.newTenant();
    await push(t.id);
    const pushed = await push(t.id, false, true);
    expect(pushed.drift).toHaveLength(1); // Pop: no check reads it, no alert
    const flipped = await push(t.id, true);
    const [alert] = await ctx.alerts.list(ALL_TENANTS, page, {
      tenantId: t.id,
      kind: 'DRIFT',
      checkId: ORG_DEFAULT,
    });
    const drift = await ctx.explain.alertDrift(ALL_TENANTS, alert!);
    expect(drift.map((e) => e.id)).toEqual(
      flipped.drift.filter((e) => e.checkIds.includes(ORG_DEFAULT)).map((e) => e.id),
    );
  });

  it('finds the previous results by index probes, never a scan of the results', async () => {
    const t = await ctx.newTenant();
    await push(t.id);
    const last = await run(t.id);
    // Many older runs' results, so the planner sees a table worth indexing.
    await ctx.db.pool.query(
      `INSERT INTO check_runs (tenant_id, id, trigger, status, started_at)
         SELECT $1, gen_random_uuid(), 'MANUAL', 'SUCCEEDED', now() - make_interval(hours => g)
           FROM generate_series(1, 2000) g`,
      [t.id],
    );
    await ctx.db.pool.query(
      `INSERT INTO check_results (tenant_id, run_id, check_id, status, severity, summary, evidence,
                                  remediation, evaluated_at)
         SELECT r.tenant_id, r.id, c.check_id, 'PASS', 'LOW', '', '{}', '', r.started_at
           FROM check_runs r
          CROSS JOIN (SELECT DISTINCT check_id FROM check_results WHERE run_id = $2) c
          WHERE r.tenant_id = $1 AND r.id <> $2`,
      [t.id, last.id],
    );
    await ctx.db.pool.query('ANALYZE check_results');
    const sql = resultPairsSql(t.id, last.id);
    const plan = await ctx.db.pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ${sql.text}`,
      sql.values,
    );
    const text = plan.rows.map((p) => p['QUERY PLAN']).join('\n');
    expect(text).not.toMatch(/Seq Scan/);
    expect(text).toMatch(
      /Index (Only )?Scan using check_results_tenant_id_check_id_evaluated_at_id_idx/,
    );
    const changes = await ctx.explain.runChanges(ALL_TENANTS, last);
    expect(changes.compared).toBeGreaterThan(10);
  });
});
