import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Tenant } from '@posture/prisma';
import { BrowseRepository } from '../browse/browse.repository.js';
import { BrowseService } from '../browse/browse.service.js';
import { CHECKS } from '../checks/registry.js';
import { FAILING_FIRST, SEVERITIES } from '../checks/types.js';
import { ConnectorsRepository } from '../connectors/connectors.repository.js';
import { ConnectorsService } from '../connectors/connectors.service.js';
import { ALL_TENANTS, type TenantScope } from '../scope.js';
import { microsoftSignIns, testContext, type TestContext } from '../testing/services.js';
import { HistoryRepository, LATEST_RESULT_IDS_SQL } from './history.repository.js';

/** Tenant filters on every list and count, over real PostgreSQL: two tenants, filter by one. */
let ctx: TestContext;
let a: Tenant;
let b: Tenant;
let browse: BrowseService;
const all = { page: 0, perPage: 1000 };

beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
  a = await ctx.newTenant('A');
  b = await ctx.newTenant('B');
  browse = new BrowseService(
    new BrowseRepository(ctx.db),
    new ConnectorsService(new ConnectorsRepository(ctx.db), ctx.tenants, Buffer.alloc(32)),
  );
  for (const t of [a, b]) {
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, {
      capturedAt: new Date().toISOString(),
      entra: {
        groups: [{ id: 'g', displayName: 'Pilot' }],
        users: [],
        conditionalAccessPolicies: [],
      },
    });
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, microsoftSignIns('beta'));
    await ctx.waves.create(ALL_TENANTS, t.id, { name: 'Pilot', groupId: 'g', order: 1 });
    await ctx.waivers.create(ALL_TENANTS, 'me', {
      tenantId: t.id,
      checkId: CHECKS[0]!.id,
      scope: 'TENANT',
      reason: 'accepted for the test',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
  }
  // Two runs each: "latest" must then pick one result per check out of two.
  for (const t of [a, b, a, b]) await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
});
afterAll(() => ctx.close());

const tenantsOf = (rows: Array<{ tenantId: string }>) => [...new Set(rows.map((r) => r.tenantId))];

describe('history and lists filtered by tenant (real PostgreSQL)', () => {
  it('the latest results of the asked tenant only, for an admin who sees every tenant', async () => {
    const f = { tenantId: a.id, latest: true };
    const rows = await ctx.history.results(ALL_TENANTS, all, f);
    expect(tenantsOf(rows)).toEqual([a.id]);
    expect(rows).toHaveLength(CHECKS.length);
    expect(await ctx.history.countResults(ALL_TENANTS, f)).toBe(CHECKS.length);
    // Where "latest" is chosen: only A's newest results are read, not every tenant's.
    const ids = await new HistoryRepository(ctx.db).latestResultIds(ALL_TENANTS, a.id);
    expect(ids).toHaveLength(CHECKS.length);
    expect(tenantsOf(rows.filter((r) => ids.includes(r.id)))).toEqual([a.id]);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    // Without a tenant filter: the newest of both tenants.
    expect(await ctx.history.countResults(ALL_TENANTS, { latest: true })).toBe(2 * CHECKS.length);
  });

  it('a tenant outside the scope matches nothing, even when asked for by id', async () => {
    const onlyA: TenantScope = { tenantIds: [a.id] };
    expect(await ctx.history.results(onlyA, all, { tenantId: b.id, latest: true })).toEqual([]);
    expect(await ctx.history.countRuns(onlyA, { tenantId: b.id })).toBe(0);
    expect(tenantsOf(await ctx.history.runs(onlyA, all))).toEqual([a.id]);
    expect(await ctx.waivers.count(onlyA, { tenantId: b.id })).toBe(0);
    expect(await ctx.waves.count(onlyA, { tenantId: b.id })).toBe(0);
    expect(await ctx.tenants.count(onlyA)).toBe(1);
    // A malformed id names nothing (and is not an error).
    expect(await ctx.history.countSnapshots(ALL_TENANTS, { tenantId: 'nope' })).toBe(0);
  });

  it('lists snapshots without their bodies unless asked for them', async () => {
    const bare = await ctx.history.snapshots(
      ALL_TENANTS,
      all,
      { tenantId: a.id },
      {
        withRaw: false,
      },
    );
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.every((s) => !('raw' in s) && s.sources.length > 0)).toBe(true);
    const full = await ctx.history.snapshots(ALL_TENANTS, all, { tenantId: a.id });
    expect(full.map((s) => s.id)).toEqual(bare.map((s) => s.id));
    expect(full.every((s) => typeof s.raw === 'object' && s.raw !== null)).toBe(true);
  });

  it('every list and its count honour the tenant filter', async () => {
    const lists: Array<
      [string, () => Promise<Array<{ tenantId: string }>>, () => Promise<number>]
    > = [
      [
        'snapshots',
        () => ctx.history.snapshots(ALL_TENANTS, all, { tenantId: a.id }),
        () => ctx.history.countSnapshots(ALL_TENANTS, { tenantId: a.id }),
      ],
      [
        'check runs',
        () => ctx.history.runs(ALL_TENANTS, all, { tenantId: a.id }),
        () => ctx.history.countRuns(ALL_TENANTS, { tenantId: a.id }),
      ],
      [
        'check results',
        () => ctx.history.results(ALL_TENANTS, all, { tenantId: a.id }),
        () => ctx.history.countResults(ALL_TENANTS, { tenantId: a.id }),
      ],
      [
        'waivers',
        () => ctx.waivers.list(ALL_TENANTS, all, { tenantId: a.id }),
        () => ctx.waivers.count(ALL_TENANTS, { tenantId: a.id }),
      ],
      [
        'sign-ins',
        () => browse.signIns(ALL_TENANTS, all, { tenantId: a.id }),
        () => browse.countSignIns(ALL_TENANTS, { tenantId: a.id }).then((t) => t.count),
      ],
      [
        'rollout waves',
        () => ctx.waves.list(ALL_TENANTS, all, { tenantId: a.id }),
        () => ctx.waves.count(ALL_TENANTS, { tenantId: a.id }),
      ],
    ];
    for (const [name, list, count] of lists) {
      const rows = await list();
      expect(rows.length, name).toBeGreaterThan(0);
      expect(tenantsOf(rows), name).toEqual([a.id]);
      expect(await count(), name).toBe(rows.length);
    }
  });
});

describe('results failing first (sort statusRank, real PostgreSQL)', () => {
  const rank = (r: {
    status: (typeof FAILING_FIRST)[number];
    severity: (typeof SEVERITIES)[number];
  }) => FAILING_FIRST.indexOf(r.status) * 10 + SEVERITIES.indexOf(r.severity);

  it('orders by status (FAILING_FIRST), then most severe, and pages across the status slices', async () => {
    const f = { tenantId: a.id, latest: true };
    const sorted = { page: 0, perPage: 1000, sortField: 'statusRank', sortOrder: 'ASC' };
    const rows = await ctx.history.results(ALL_TENANTS, sorted, f);
    expect(rows).toHaveLength(CHECKS.length);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThan(1);
    const ranks = rows.map(rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    // Pages of 7 put together are the whole list, in the same order.
    const paged = [];
    for (let page = 0; page * 7 < rows.length; page++) {
      paged.push(...(await ctx.history.results(ALL_TENANTS, { ...sorted, page, perPage: 7 }, f)));
    }
    expect(paged.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    const desc = await ctx.history.results(ALL_TENANTS, { ...sorted, sortOrder: 'DESC' }, f);
    expect(desc.map(rank)).toEqual([...ranks].reverse());
  });
});

describe('latest results and evidence, as the home page reads them (real PostgreSQL)', () => {
  it('finds each check newest result by reading about one row per check, however many runs', async () => {
    // Forty older results per check for tenant A, copies of its own (a year of runs, in small).
    await ctx.db.pool.query(
      `CREATE TEMP TABLE older AS SELECT * FROM check_results WHERE tenant_id = $1`,
      [a.id],
    );
    for (let k = 1; k <= 20; k++) {
      await ctx.db.pool.query(
        `INSERT INTO check_results
         SELECT (jsonb_populate_record(o, jsonb_build_object(
                   'id', gen_random_uuid(), 'evaluated_at', o.evaluated_at - make_interval(days => $1)))).*
           FROM older o`,
        [k],
      );
    }
    try {
      const repo = new HistoryRepository(ctx.db);
      const ids = await repo.latestResultIds(ALL_TENANTS, a.id);
      // The oracle: newest per check from every stored result of A.
      const { rows: newest } = await ctx.db.pool.query<{ id: string }>(
        `SELECT DISTINCT ON (check_id) id FROM check_results WHERE tenant_id = $1
          ORDER BY check_id, evaluated_at DESC, id`,
        [a.id],
      );
      expect(new Set(ids)).toEqual(new Set(newest.map((r) => r.id)));
      // What the query reads: rows of check_results that its scans return, summed over the plan.
      const { rows } = await ctx.db.pool.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${LATEST_RESULT_IDS_SQL}`,
        [[a.id]],
      );
      const read = rowsOf(rows[0]!['QUERY PLAN'][0]!.Plan);
      const stored = (
        await ctx.db.pool.query<{ n: string }>(
          'SELECT count(*) AS n FROM check_results WHERE tenant_id = $1',
          [a.id],
        )
      ).rows[0]!.n;
      expect(Number(stored)).toBeGreaterThanOrEqual(40 * CHECKS.length);
      expect(read).toBeLessThanOrEqual(4 * CHECKS.length);
    } finally {
      await ctx.db.pool.query(
        `DELETE FROM check_results WHERE tenant_id = $1 AND id NOT IN (SELECT id FROM older)`,
        [a.id],
      );
      await ctx.db.pool.query('DROP TABLE older');
    }
  });

  it("reads the same rows, in the same order, as the ORM's read of the newest ids, for every sort and filter", async () => {
    const ids = await new HistoryRepository(ctx.db).latestResultIds(ALL_TENANTS, null);
    const some = await ctx.db.prisma.checkResult.findFirstOrThrow({ where: { id: { in: ids } } });
    const filters = [
      {},
      { tenantId: a.id },
      { status: some.status },
      { severity: some.severity },
      { checkId: some.checkId },
      { runId: some.runId },
      { ids: [some.id, 'not-a-uuid'] },
      { runId: 'not-a-uuid' },
    ];
    const sorts: Array<{ sortField?: string; sortOrder?: string }> = [
      {},
      ...['evaluatedAt', 'checkId', 'status', 'metric', 'severity'].flatMap((field) =>
        ['ASC', 'DESC'].map((order) => ({ sortField: field, sortOrder: order })),
      ),
    ];
    const column = {
      evaluatedAt: 'evaluatedAt',
      checkId: 'checkId',
      status: 'status',
      metric: 'metric',
      severity: 'severity',
    } as const;
    let compared = 0;
    for (const f of filters) {
      for (const sort of sorts) {
        const field = (sort.sortField ?? 'evaluatedAt') as keyof typeof column;
        const direction =
          sort.sortOrder === 'ASC' || (!sort.sortOrder && sort.sortField) ? 'asc' : 'desc';
        const expected = await ctx.db.prisma.checkResult.findMany({
          where: {
            AND: [
              { id: { in: ids } },
              f.tenantId ? { tenantId: f.tenantId } : {},
              f.status ? { status: f.status } : {},
              f.severity ? { severity: f.severity } : {},
              f.checkId ? { checkId: f.checkId } : {},
              f.runId
                ? {
                    runId:
                      f.runId === 'not-a-uuid' ? '00000000-0000-0000-0000-000000000000' : f.runId,
                  }
                : {},
              f.ids ? { id: { in: [some.id] } } : {},
            ],
          },
          orderBy: { [column[field]]: direction },
        });
        for (const withEvidence of [true, false]) {
          const got = await ctx.history.results(
            ALL_TENANTS,
            { ...all, ...sort },
            { ...f, latest: true },
            withEvidence,
          );
          // Equal keys may come in either order (neither read orders ties): the same rows, and
          // the same sequence of sort keys.
          const byId = (rows: Array<{ id: string }>) =>
            [...rows].sort((x, y) => x.id.localeCompare(y.id));
          const want = expected.map(({ evidence, ...r }) =>
            withEvidence ? { ...r, evidence } : r,
          );
          expect(byId(got)).toEqual(byId(want));
          expect(got.map((r) => r[column[field]])).toEqual(want.map((r) => r[column[field]]));
          compared += got.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    // Pages cut in SQL put together are the whole list (one tenant: a check id is unique).
    const sorted = { sortField: 'checkId', sortOrder: 'ASC' };
    const one = { latest: true, tenantId: a.id };
    const whole = await ctx.history.results(ALL_TENANTS, { ...all, ...sorted }, one);
    const paged = [];
    for (let page = 0; page * 5 < whole.length; page++) {
      paged.push(...(await ctx.history.results(ALL_TENANTS, { page, perPage: 5, ...sorted }, one)));
    }
    expect(paged.map((r) => r.id)).toEqual(whole.map((r) => r.id));
  });

  it('leaves evidence out of a list that does not ask for it, and keeps it for one that does', async () => {
    const f = { tenantId: a.id, latest: true };
    const withIt = await ctx.history.results(ALL_TENANTS, all, f);
    const without = await ctx.history.results(ALL_TENANTS, all, f, false);
    expect(without.map((r) => r.id)).toEqual(withIt.map((r) => r.id));
    expect(withIt.every((r) => r.evidence !== undefined)).toBe(true);
    expect(without.every((r) => r.evidence === undefined)).toBe(true);
    const failingFirst = { ...all, sortField: 'statusRank' };
    expect(
      (await ctx.history.results(ALL_TENANTS, failingFirst, f, false)).every(
        (r) => r.evidence === undefined,
      ),
    ).toBe(true);
  });
});

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** Rows the plan's scans of check_results returned (rows × loops). */
function rowsOf(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'check_results'
      ? (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1)
      : 0;
  return own + (node.Plans ?? []).reduce((n, p) => n + rowsOf(p), 0);
}
