import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Tenant } from '@posture/prisma';
import type { ListArgs } from '../common/list-args.js';
import { ALL_TENANTS, type TenantScope } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';
import { BrowseRepository, EXACT_COUNT_LIMIT, type SignInFilter } from './browse.repository.js';
import { BrowseService } from './browse.service.js';

/**
 * The sign-in list on a populated, ANALYZEd table (real PostgreSQL): cursor pages equal page
 * numbers, counts are exact up to the limit and marked estimates beyond, expired rows stay
 * hidden, and no query the list runs reads sign_ins sequentially or sorts it whole.
 */
let ctx: TestContext;
let big: Tenant;
let small: Tenant;
let short: Tenant;
let paged: Tenant;
let repo: BrowseRepository;
const BIG = 40_000;
const DAY = 86_400_000;
/** Every query the repository ran, with its parameters (EXPLAINed below). */
const ran: Array<{ sql: string; params: unknown[]; settings: string[]; generic?: boolean }> = [];

/** Inserts `n` sign-ins of a tenant spread over the last `days` days (some seconds shared). */
async function populate(tenantId: string, n: number, days: number, prefix: string) {
  const now = Date.now();
  for (let d = 0; d <= Math.ceil(days / 28) + 1; d++) {
    await ctx.db.pool.query('SELECT posture_ensure_sign_in_partition($1)', [
      new Date(now - d * 28 * DAY),
    ]);
  }
  await ctx.db.pool.query(
    `INSERT INTO sign_ins (tenant_id, created_at, id, user_principal_name, client_app_used, error_code,
                           app_display_name, resource_id, event)
     SELECT $1, date_trunc('second', $2::timestamptz - (((g / 2) * $3::bigint / $4) * interval '1 millisecond')),
            $5 || g, CASE WHEN g % 50 = 0 THEN NULL ELSE 'user' || (g % 700) || '@contoso.com' END,
            (ARRAY['Browser','Mobile Apps and Desktop clients','IMAP4','Exchange ActiveSync','POP3'])[1 + g % 5],
            CASE WHEN g % 7 = 0 THEN 50126 ELSE 0 END, 'Outlook', '00000002-0000-0ff1-ce00-000000000000',
            jsonb_build_object('id', $5 || g, 'pad', repeat('x', 900))
       FROM generate_series(1, $4) g`,
    [tenantId, new Date(now), days * DAY, n, prefix],
  );
}

beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
  big = await ctx.newTenant('Big');
  small = await ctx.newTenant('Small');
  short = await ctx.newTenant('Short retention');
  paged = await ctx.newTenant('Paged');
  await ctx.db.pool.query(
    `UPDATE tenants SET settings = '{"signInRetentionDays": 7}'::jsonb WHERE id = $1`,
    [short.id],
  );
  // Partitions are shared: the big tenant is a third of its months, as among many tenants.
  await populate((await ctx.newTenant('Neighbours')).id, 2 * BIG, 60, 'n-');
  await populate(big.id, BIG, 60, 'b-');
  await populate(small.id, 300, 20, 's-');
  await populate(short.id, 200, 20, 'r-');
  await populate(paged.id, 3_000, 20, 'p-');
  // Statistics and the visibility map, as autovacuum keeps them (and analyzeSignIns after loads).
  // A sample as large as each partition (~60,000 rows; the default samples 30,000 at random), so
  // the statistics, and the plans judged below, are the same on every run (with a random sample
  // the estimate of a user prefix's rows, and so the plan, changed from run to run).
  const analyze = await ctx.db.pool.connect();
  await analyze.query('SET default_statistics_target = 1000');
  await analyze.query('VACUUM ANALYZE sign_ins');
  analyze.release();
  repo = new BrowseRepository(ctx.db);
  const record = (sql: unknown, params: unknown, settings: string[]) => {
    if (typeof sql === 'string' && /\bsign_ins\b/.test(sql) && !/^(EXPLAIN|PREPARE)\b/.test(sql)) {
      ran.push({ sql, params: [...((params as unknown[]) ?? [])], settings: [...settings] });
    }
  };
  // Named statements planned generically (Db.prepared), judged below as generic plans.
  const generic = ctx.db.generic as unknown as { query: (...a: unknown[]) => Promise<unknown> };
  const genericQuery = generic.query.bind(ctx.db.generic);
  generic.query = (...args: unknown[]) => {
    const c = args[0] as { text: string; values: unknown[] };
    if (/\bsign_ins\b/.test(c.text))
      ran.push({ sql: c.text, params: [...c.values], settings: [], generic: true });
    return genericQuery(...args);
  };
  const pool = ctx.db.pool as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const query = pool.query!.bind(ctx.db.pool);
  pool.query = (...args: unknown[]) => {
    record(args[0], args[1], []);
    return query(...args);
  };
  // A query run on a client of its own, with the SET LOCALs it ran before in its transaction.
  // Each pooled client is wrapped once (wrapping it at every checkout nested the wrappers until
  // the stack overflowed).
  const connect = pool.connect!.bind(ctx.db.pool);
  const wrapped = new WeakSet<object>();
  pool.connect = async (...a: unknown[]) => {
    if (a.length > 0) return connect(...a); // pool.query's own checkout (a callback)
    const client = (await connect()) as Record<string, (...a: unknown[]) => Promise<unknown>>;
    if (wrapped.has(client)) return client;
    wrapped.add(client);
    const own = client.query!.bind(client);
    const settings: string[] = [];
    // The client goes back to the pool wrapped: pool.query then calls it with a callback.
    client.query = (...args: unknown[]) => {
      const [sql, params] = args;
      // A SET LOCAL may share a simple query with other statements ('BEGIN …; SET LOCAL …').
      if (typeof sql === 'string')
        for (const part of sql.split(';'))
          if (part.trim().startsWith('SET LOCAL')) settings.push(part.trim());
      if (sql === 'COMMIT' || sql === 'ROLLBACK') settings.length = 0;
      if (typeof params !== 'function') record(sql, params, settings);
      return own(...args);
    };
    return client;
  };
}, 120_000);
afterAll(() => ctx.close());

const SORTS: Array<Pick<ListArgs, 'sortField' | 'sortOrder'>> = [
  { sortField: 'createdAt', sortOrder: 'DESC' },
  { sortField: 'createdAt', sortOrder: 'ASC' },
  { sortField: 'userPrincipalName', sortOrder: 'ASC' },
  { sortField: 'clientAppUsed', sortOrder: 'DESC' },
];
const FILTERS: SignInFilter[] = [
  {},
  { legacyOnly: true },
  { legacyOnly: true, success: true },
  { success: false },
  { user: 'User7@contoso.com' },
  { protocol: 'imap4' },
  { protocols: ['IMAP4', 'pop3'] },
  { protocols: ['IMAP4', 'pop3'], legacyOnly: true },
  { user: 'USER7' },
  { app: 'out' },
  { app: 'teams' },
  { from: new Date(Date.now() - 59 * DAY), to: new Date(Date.now() - 20 * DAY) },
];

/** Walks `pages` pages by cursor and returns them; each must equal the page asked by number. */
async function walk(scope: TenantScope, f: SignInFilter, sort: (typeof SORTS)[number], pages = 3) {
  const out: string[][] = [];
  let after: string | null = null;
  for (let page = 0; page < pages; page++) {
    const args = { page, perPage: 25, ...sort };
    const byCursor = await repo.signIns(scope, f, { ...args, after });
    const byNumber = await repo.signIns(scope, f, args);
    expect(byCursor.map((r) => r.id)).toEqual(byNumber.map((r) => r.id));
    out.push(byCursor.map((r) => `${r.tenantId}/${r.id}`));
    after = byCursor.at(-1)?.cursor ?? null;
    if (!after) break;
  }
  return out.flat();
}

describe('sign-in list (real PostgreSQL, populated and analyzed)', () => {
  it('pages by cursor equal pages by number, in the asked order, for one tenant and across tenants', async () => {
    for (const sort of SORTS) {
      for (const scope of [ALL_TENANTS, { tenantIds: [big.id] }]) {
        const ids = await walk(scope, {}, sort);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(75);
      }
    }
    // Across tenants, newest first: the merge interleaves tenants by time.
    const rows = await repo.signIns(ALL_TENANTS, {}, { page: 0, perPage: 1000 });
    const times = rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(new Set(rows.map((r) => r.tenantId)).size).toBe(5);
  });

  it('a deep page by number is the same rows as the cursor walk reaching it', async () => {
    const scope = { tenantIds: [big.id] };
    const deep = await repo.signIns(scope, {}, { page: 400, perPage: 25 });
    const before = await repo.signIns(scope, {}, { page: 399, perPage: 25 });
    const next = await repo.signIns(
      scope,
      {},
      { page: 400, perPage: 25, after: before.at(-1)!.cursor },
    );
    expect(deep).toHaveLength(25);
    expect(next.map((r) => r.id)).toEqual(deep.map((r) => r.id));
    expect(deep[0]!.createdAt.getTime()).toBeLessThanOrEqual(before.at(-1)!.createdAt.getTime());
  });

  it('a cursor that is not one is a clear error naming `after`', async () => {
    await expect(
      repo.signIns(ALL_TENANTS, {}, { page: 1, perPage: 25, after: 'nope' }),
    ).rejects.toMatchObject({ problems: [{ path: 'after' }] });
  });

  it('counts are exact up to the limit and a marked estimate beyond it', async () => {
    expect(await repo.countSignIns({ tenantIds: [small.id] }, {})).toEqual({
      count: 300,
      isEstimate: false,
    });
    const userRows = await repo.signIns(
      { tenantIds: [big.id] },
      { user: 'user7@contoso.com' },
      {
        page: 0,
        perPage: 1000,
      },
    );
    expect(await repo.countSignIns({ tenantIds: [big.id] }, { user: 'user7@contoso.com' })).toEqual(
      { count: userRows.length, isEstimate: false },
    );
    // Past the limit, a user or app filter is the planner's estimate, marked as one (every
    // row's app is Outlook: about BIG / 2 in the last 30 days of 60); never above the tenant.
    const apps = await repo.countSignIns({ tenantIds: [big.id] }, { app: 'out' });
    expect(apps.isEstimate).toBe(true);
    expect(apps.count).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(apps.count).toBeLessThanOrEqual(BIG * 1.1);
  });

  it('counts a time, protocol, legacy or outcome filter exactly at any size, from the rollup and the part days at its ends', async () => {
    const now = Date.now();
    // Ends inside a day on both sides, no end, a window inside one day, a retention floor.
    const windows = [
      { from: new Date(now - 90 * DAY) },
      { from: new Date(now - 41.3 * DAY), to: new Date(now - 2.6 * DAY) },
      { from: new Date(now - 10.2 * DAY), to: new Date(now - 10.1 * DAY) },
      {},
    ];
    const filters: SignInFilter[] = [
      {},
      { legacyOnly: true },
      { legacyOnly: true, success: false },
      { protocols: ['IMAP4', 'pop3'] },
      { protocol: 'imap4', protocols: ['IMAP4', 'pop3'] },
      { success: true },
    ];
    let large = 0;
    for (const w of windows) {
      for (const f of filters) {
        const q = { ...f, ...w };
        const got = await repo.countSignIns(ALL_TENANTS, q);
        // The truth, from raw rows: what the list itself would page through.
        const rows = await ctx.db.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM sign_ins s JOIN tenants t ON t.id = s.tenant_id
            WHERE s.created_at >= greatest($1::timestamptz,
                    now() - coalesce((t.settings->>'signInRetentionDays')::int, 90) * interval '1 day')
              AND ($2::timestamptz IS NULL OR s.created_at < $2)
              AND (NOT $3 OR s.is_legacy) AND ($4::boolean IS NULL OR s.is_success = $4)
              AND (cardinality($5::text[]) = 0 OR lower(s.client_app_used) = ANY($5))
              AND ($6::text IS NULL OR lower(s.client_app_used) = $6)`,
          [
            q.from ?? new Date(now - 30 * DAY),
            q.to ?? null,
            q.legacyOnly ?? false,
            q.success ?? null,
            (q.protocols ?? []).map((x) => x.toLowerCase()),
            q.protocol ?? null,
          ],
        );
        expect({ q, got }).toEqual({ q, got: { count: rows.rows[0]!.n, isEstimate: false } });
        if (rows.rows[0]!.n > EXACT_COUNT_LIMIT) large++;
      }
    }
    expect(large).toBeGreaterThan(5);
  });

  it("rows past a tenant's retention are hidden, even when an earlier start is asked", async () => {
    const scope = { tenantIds: [short.id] };
    const f = { from: new Date(Date.now() - 30 * DAY) };
    const rows = await repo.signIns(scope, f, { page: 0, perPage: 1000 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(200);
    for (const r of rows)
      expect(r.createdAt.getTime()).toBeGreaterThan(Date.now() - 7 * DAY - 60_000);
    expect((await repo.countSignIns(scope, f)).count).toBe(rows.length);
    const old = await ctx.db.pool.query<{ id: string }>(
      `SELECT id FROM sign_ins WHERE tenant_id = $1 AND created_at < now() - interval '8 days' LIMIT 1`,
      [short.id],
    );
    expect(await repo.signIn(scope, old.rows[0]!.id)).toBeNull();
  });

  it("one request's page and count read the tenant's retention once; the next request reads it again", async () => {
    const f = { from: new Date(Date.now() - 30 * DAY) };
    const retention = (days: number) =>
      ctx.db.pool.query(
        `UPDATE tenants SET settings = jsonb_set(settings, '{signInRetentionDays}', $2::jsonb) WHERE id = $1`,
        [short.id, JSON.stringify(days)],
      );
    const request = { tenantIds: [short.id], requestMemo: new Map() };
    const page = await repo.signIns(request, f, { page: 0, perPage: 1000 });
    await retention(30);
    try {
      // The same request counts what its page showed, though the retention changed meanwhile.
      expect((await repo.countSignIns(request, f)).count).toBe(page.length);
      // A new request reads the longer retention: more rows.
      const next = { tenantIds: [short.id], requestMemo: new Map() };
      expect((await repo.countSignIns(next, f)).count).toBeGreaterThan(page.length);
      // A scope without a memo (jobs, the CLI) reads it every time.
      expect((await repo.countSignIns({ tenantIds: [short.id] }, f)).count).toBeGreaterThan(
        page.length,
      );
    } finally {
      await retention(7);
    }
  });

  it('counts sign-ins per UTC day and protocol from the rollup, as the raw rows would, within scope', async () => {
    const scope = { tenantIds: [small.id] };
    const perDay = await repo.signInsPerDay(scope, {});
    // The same figures counted from the raw rows here (never by the repository).
    const raw = await ctx.db.pool.query<{
      day: string;
      protocol: string;
      success: boolean;
      n: string;
    }>(
      `SELECT to_char((created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, client_app_used AS protocol,
              is_success AS success, count(*) AS n
         FROM sign_ins WHERE tenant_id = $1 AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') - interval '29 days'
        GROUP BY 1, 2, 3`,
      [small.id],
    );
    const key = (d: string, p: string | null, ok: boolean) => `${d}|${p}|${ok}`;
    const expected = new Map(raw.rows.map((r) => [key(r.day, r.protocol, r.success), Number(r.n)]));
    expect(new Map(perDay.map((r) => [key(r.day, r.protocol, r.success), r.count]))).toEqual(
      expected,
    );
    expect(perDay.reduce((a, r) => a + r.count, 0)).toBe(300);

    // Filters: legacy protocols only, two of them (case-insensitive), refused only.
    const imap = await repo.signInsPerDay(scope, {
      legacyOnly: true,
      protocols: ['imap4', 'POP3'],
      success: false,
    });
    expect(new Set(imap.map((r) => r.protocol))).toEqual(new Set(['IMAP4', 'POP3']));
    expect(imap.every((r) => r.legacy && !r.success)).toBe(true);
    // A re-inserted row (ON CONFLICT DO NOTHING) is not counted twice.
    const again = await ctx.db.pool.query(
      `INSERT INTO sign_ins (tenant_id, created_at, id, user_principal_name, client_app_used, error_code,
                             app_display_name, resource_id, event)
       SELECT tenant_id, created_at, id, user_principal_name, client_app_used, error_code,
              app_display_name, resource_id, event
         FROM sign_ins WHERE tenant_id = $1 ON CONFLICT DO NOTHING`,
      [small.id],
    );
    expect(again.rowCount).toBe(0);
    expect((await repo.signInsPerDay(scope, {})).reduce((a, r) => a + r.count, 0)).toBe(300);

    // Another tenant's scope sees none of it; a window longer than the limit is refused.
    expect(await repo.signInsPerDay({ tenantIds: [short.id] }, { tenantId: small.id })).toEqual([]);
    await expect(
      repo.signInsPerDay(scope, { from: new Date(Date.now() - 500 * DAY) }),
    ).rejects.toThrow(/at most 400 days/);
    // A short retention hides days past it, as the list does.
    const shortDays = await repo.signInsPerDay({ tenantIds: [short.id] }, {});
    expect(shortDays.every((r) => Date.parse(r.day) >= Date.now() - 8 * DAY)).toBe(true);
  });

  it('filters: several protocols, user and app by case-insensitive prefix, wildcards taken literally', async () => {
    const scope = { tenantIds: [big.id] };
    const page = (f: SignInFilter) => repo.signIns(scope, f, { page: 0, perPage: 1000 });
    const two = await page({ protocols: ['imap4', 'POP3'], legacyOnly: true });
    expect(two.length).toBeGreaterThan(100);
    expect(new Set(two.map((r) => r.clientAppUsed))).toEqual(new Set(['IMAP4', 'POP3']));
    const users = await page({ user: 'USER7' });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((r) => r.userPrincipalName!.startsWith('user7'))).toBe(true);
    // user7, user70 … user79: every one of them, none other.
    expect(new Set(users.map((r) => r.userPrincipalName)).size).toBe(11);
    expect((await repo.countSignIns(scope, { user: 'USER7' })).count).toBe(users.length);
    expect(await page({ user: '_ser' })).toEqual([]);
    expect(await page({ user: 'user%' })).toEqual([]);
    expect((await page({ app: 'OUT' })).length).toBe(1000);
    expect(await page({ app: 'teams' })).toEqual([]);
    await expect(page({ user: 'x'.repeat(300) })).rejects.toMatchObject({
      problems: [{ path: 'user' }],
    });
  });

  it('an export walk yields every matching row once, in order, within scope', async () => {
    const service = new BrowseService(repo, undefined as never);
    const from = new Date(Date.now() - 10 * DAY);
    const f: SignInFilter = { protocols: ['IMAP4', 'POP3'], from };
    const got: string[] = [];
    let pages = 0;
    for await (const rows of service.walkSignIns({ tenantIds: [big.id, small.id] }, f, 997)) {
      pages++;
      got.push(...rows.map((r) => `${r.tenantId}/${r.id}`));
    }
    const expected = await ctx.db.pool.query<{ k: string }>(
      `SELECT tenant_id || '/' || id AS k FROM sign_ins
        WHERE tenant_id = ANY($1::uuid[]) AND created_at >= $2 AND client_app_used IN ('IMAP4', 'POP3')
        ORDER BY created_at DESC, id DESC, tenant_id DESC`,
      [[big.id, small.id], from],
    );
    expect(expected.rows.length).toBeGreaterThan(2000);
    expect(pages).toBe(Math.ceil(expected.rows.length / 997));
    expect(got).toEqual(expected.rows.map((r) => r.k));
    // A viewer of another tenant asking for this one walks nothing.
    const none: unknown[] = [];
    for await (const rows of service.walkSignIns({ tenantIds: [short.id] }, { tenantId: big.id }))
      none.push(...rows);
    expect(none).toEqual([]);
  });

  // Last before the EXPLAIN spec: the delete below leaves the rollups counting rows that are gone.
  it("a page by number seeks from a boundary it remembers, found again once the tenant's sign-ins change", async () => {
    const scope = { tenantIds: [paged.id] };
    const newest = async () =>
      (await repo.signIns(scope, {}, { page: 0, perPage: 10_000 })).map((r) => r.id);
    const page = async (n: number, f: SignInFilter = {}) =>
      (await repo.signIns(scope, f, { page: n, perPage: 50 })).map((r) => r.id);
    // The statements that found a boundary on the index (an OFFSET), for this tenant.
    const pool = ctx.db.pool as unknown as { query: (...a: unknown[]) => Promise<unknown> };
    const query = pool.query;
    let found = 0;
    pool.query = (...a: unknown[]) => {
      if (
        typeof a[0] === 'string' &&
        / OFFSET \d/.test(a[0]) &&
        (a[1] as unknown[])[0] === paged.id
      )
        found++;
      return query.apply(ctx.db.pool, a);
    };
    onTestFinished(() => {
      pool.query = query;
    });
    const offsets = () => found;
    let all = await newest();
    expect(all.length).toBeGreaterThan(2_000);
    const o = offsets();
    expect(await page(20)).toEqual(all.slice(1_000, 1_050));
    expect(offsets()).toBe(o + 1);
    // The same page again, then the next one (page 20's last row is its boundary): seeks only.
    expect(await page(20)).toEqual(all.slice(1_000, 1_050));
    expect(await page(21)).toEqual(all.slice(1_050, 1_100));
    expect(offsets()).toBe(o + 1);
    // Another filter is another list: its own boundary.
    const imap = (
      await repo.signIns(scope, { protocol: 'IMAP4' }, { page: 0, perPage: 10_000 })
    ).map((r) => r.id);
    expect(await page(3, { protocol: 'imap4' })).toEqual(imap.slice(150, 200));
    expect(offsets()).toBe(o + 2);

    // New sign-ins among the newest move every page: the remembered boundary is not used.
    await populate(paged.id, 40, 2, 'p2-');
    all = await newest();
    expect(await page(20)).toEqual(all.slice(1_000, 1_050));
    expect(await page(21)).toEqual(all.slice(1_050, 1_100));
    expect(offsets()).toBe(o + 3);
    // Nor after a delete (the product runs none; an operator might).
    await ctx.db.pool.query(
      `DELETE FROM sign_ins WHERE tenant_id = $1 AND id IN (
         SELECT id FROM sign_ins WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT 7)`,
      [paged.id],
    );
    all = await newest();
    expect(await page(21)).toEqual(all.slice(1_050, 1_100));
    expect(offsets()).toBe(o + 4);
    // A later start hides older rows only: the boundary holds, and past the start the page is
    // empty, as the OFFSET would find it.
    const from = new Date(Date.now() - 2 * DAY);
    const recent = (await repo.signIns(scope, { from }, { page: 0, perPage: 10_000 })).map(
      (r) => r.id,
    );
    expect(await page(21, { from })).toEqual(recent.slice(1_050, 1_100));
    expect(recent.length).toBeLessThan(1_050);
    expect(offsets()).toBe(o + 4);
  });

  it('no list or count query reads sign_ins sequentially or sorts it whole (EXPLAIN)', async () => {
    ran.length = 0;
    // Every filter in time order (the list's default, both ways), and every sort unfiltered or
    // with its own key's filter. An outcome or legacy filter sorted by user or protocol sorts
    // that tenant's matching rows of the window (no index has both keys): not a hot path.
    const hot: Array<[SignInFilter, (typeof SORTS)[number]]> = [
      ...FILTERS.flatMap((f) =>
        SORTS.slice(0, 2).map((s) => [f, s] as [SignInFilter, (typeof SORTS)[number]]),
      ),
      ...SORTS.slice(2).map((s) => [{}, s] as [SignInFilter, (typeof SORTS)[number]]),
      [{ user: 'user7@contoso.com' }, SORTS[2]!],
      [{ protocol: 'imap4' }, SORTS[3]!],
    ];
    for (const [f, sort] of hot) {
      for (const scope of [ALL_TENANTS, { tenantIds: [big.id] }]) {
        const first = await repo.signIns(scope, f, { page: 0, perPage: 50, ...sort });
        await repo.signIns(scope, f, {
          page: 1,
          perPage: 50,
          ...sort,
          after: first.at(-1)?.cursor,
        });
        await repo.signIns(scope, f, { page: 100, perPage: 25, ...sort });
        // Newest first, page 101 seeks from page 100's last row (remembered by version).
        await repo.signIns(scope, f, { page: 101, perPage: 25, ...sort });
      }
    }
    for (const f of FILTERS) {
      await repo.countSignIns({ tenantIds: [big.id] }, f);
      await repo.countSignIns(ALL_TENANTS, f);
    }
    expect(ran.length).toBeGreaterThan(80);
    const empty = await ctx.db.pool.query<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relname LIKE 'sign_ins_%' AND relkind = 'r' AND relpages = 0`,
    );
    for (const r of empty.rows) EMPTY.add(r.relname);
    // The default list, its count and the pages after the first run as generic plans.
    expect(ran.filter((q) => q.generic).length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const q of [...ran]) {
      const client = await ctx.db.pool.connect();
      await client.query('BEGIN');
      for (const setting of q.settings) await client.query(setting);
      let rows: Array<{ 'QUERY PLAN': unknown }>;
      if (q.generic) {
        // The plan Db.prepared's connections run: prepared, then planned without its values.
        await client.query('SET LOCAL plan_cache_mode = force_generic_plan');
        await client.query(`PREPARE explained AS ${q.sql}`);
        // EXECUTE takes its values as literals (a utility statement binds no parameters).
        const args = q.params.map((v) => literal(client, v)).join(', ');
        ({ rows } = await client.query(`EXPLAIN (FORMAT JSON) EXECUTE explained(${args})`));
        await client.query('DEALLOCATE explained');
      } else {
        ({ rows } = await client.query(`EXPLAIN (FORMAT JSON) ${q.sql}`, q.params));
      }
      await client.query('ROLLBACK');
      client.release();
      const plan = (rows[0]!['QUERY PLAN'] as Array<{ Plan: PlanNode }>)[0]!.Plan;
      // A generic plan's conditions name its parameters; a custom plan's hold their values.
      if (q.generic && !JSON.stringify(plan).includes('$1'))
        problems.push(`not a generic plan\n  in: ${q.sql.slice(0, 300)}`);
      const bad = badNodes(plan, false);
      for (const p of bad) problems.push(`${p}\n  in: ${q.sql.slice(0, 300)}`);
      if (bad.length && process.env.DEBUG_PLANS) {
        const t = await ctx.db.pool.query(`EXPLAIN ${q.sql}`, q.params);
        console.log(
          q.sql.replace(/SELECT id, tenant_id[^]*?cursor_c/g, 'SELECT …'),
          JSON.stringify(q.params).slice(0, 400),
          '\n',
          t.rows.map((r) => r['QUERY PLAN']).join('\n'),
        );
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});

/** A parameter's value as text, as node-pg would send it (an array as PostgreSQL's literal). */
function asText(x: unknown): string | null {
  if (x === null || x === undefined) return null;
  if (x instanceof Date) return x.toISOString();
  if (!Array.isArray(x)) return String(x);
  const element = (e: unknown) => {
    const t = asText(e);
    return t === null ? 'NULL' : `"${t.replace(/[\\"]/g, '\\$&')}"`;
  };
  return `{${x.map(element).join(',')}}`;
}

/** A parameter's value as an SQL literal of unknown type (the prepared statement types it). */
function literal(client: { escapeLiteral(s: string): string }, v: unknown): string {
  const t = asText(v);
  return t === null ? 'NULL' : client.escapeLiteral(t);
}

interface PlanNode {
  'Node Type': string;
  'Plan Rows': number;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** Partitions without a page (a scan of one reads nothing). */
const EMPTY = new Set<string>();

/**
 * The most rows of sign_ins a plan may sort. A user prefix selects a few users' rows, which the
 * planner may fairly sort: "USER7" matches 11 of the 700 users, ~1,300 of the big tenant's rows.
 * Every other filter here keeps at least a seventh of its 40,000 (5,700 and up), so a plan that
 * sorts one of them whole is still caught.
 */
const SORTED_ROWS = 2_500;

const scansSignIns = (n: PlanNode): boolean =>
  (n['Relation Name']?.startsWith('sign_ins') ?? false) ||
  (n['Node Type'] !== 'Limit' && (n.Plans ?? []).some(scansSignIns));

/**
 * A Seq Scan of a sign_ins partition, or a Sort over more than SORTED_ROWS sign_ins rows that no
 * Limit below it bounds (the planner may sort a small tenant's few matching rows; never a big one).
 */
function badNodes(n: PlanNode, limited: boolean): string[] {
  const bad: string[] = [];
  if (
    n['Node Type'] === 'Seq Scan' &&
    n['Relation Name']?.startsWith('sign_ins') &&
    !EMPTY.has(n['Relation Name'])
  ) {
    bad.push(`Seq Scan on ${n['Relation Name']}`);
  }
  const input = n.Plans?.[0]?.['Plan Rows'] ?? 0;
  if (/Sort$/.test(n['Node Type']) && input > SORTED_ROWS && (n.Plans ?? []).some(scansSignIns)) {
    bad.push(`${n['Node Type']} of ${input} sign_ins rows${limited ? ' (under a Limit)' : ''}`);
  }
  for (const c of n.Plans ?? []) bad.push(...badNodes(c, limited || n['Node Type'] === 'Limit'));
  return bad;
}
