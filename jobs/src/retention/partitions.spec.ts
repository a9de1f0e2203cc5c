import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SignInStatistics } from '../ingest/analyze.js';
import { testContext, type TestContext } from '../testing/services.js';
import { parseRetainedTables, PartitionsService } from './partitions.service.js';

/** Sign-in partitions ahead, whole partitions dropped past the longest retention (real PostgreSQL). */
let ctx: TestContext;
let service: PartitionsService;
const DAY = 86_400_000;
const now = new Date();
const monthName = (d: Date) =>
  `sign_ins_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
const monthsAgo = (m: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 15));

async function partitionNames(): Promise<string[]> {
  return (await service.partitions('sign_ins')).map((p) => p.name);
}

async function insertAt(tenantId: string, at: Date, id: string) {
  await ctx.db.pool.query('SELECT posture_ensure_sign_in_partition($1)', [at]);
  await ctx.db.pool.query(
    `INSERT INTO sign_ins (tenant_id, created_at, id, event) VALUES ($1, $2, $3, '{}')`,
    [tenantId, at, id],
  );
}

beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
  service = new PartitionsService(ctx.db, new SignInStatistics(ctx.db));
});
afterAll(() => ctx.close());

describe('partition maintenance', () => {
  it('creates this month and two ahead, once', async () => {
    const first = await service.maintain({ monthsAhead: 2, retained: [] }, now);
    const names = await partitionNames();
    for (let m = 0; m <= 2; m++) expect(names).toContain(monthName(monthsAgo(-m)));
    expect(first.created.length).toBeGreaterThan(0);
    expect((await service.maintain({ monthsAhead: 2, retained: [] }, now)).created).toEqual([]);
  });

  it('drops a month only when it is past every tenant’s retention; rows are never deleted one by one', async () => {
    const short = await ctx.newTenant('Short');
    const long = await ctx.newTenant('Long');
    await ctx.db.pool.query(
      `UPDATE tenants SET settings = '{"signInRetentionDays": 30}' WHERE id = $1`,
      [short.id],
    );
    await ctx.db.pool.query(
      `UPDATE tenants SET settings = '{"signInRetentionDays": 200}' WHERE id = $1`,
      [long.id],
    );
    await insertAt(short.id, monthsAgo(4), 'four-months');
    await insertAt(long.id, monthsAgo(9), 'nine-months');
    // 200 days is the longest retention: four months ago stays (for Long), nine months ago goes.
    const r = await service.maintain({ monthsAhead: 0, retained: [] }, now);
    expect(r.dropped).toEqual([monthName(monthsAgo(9))]);
    const names = await partitionNames();
    expect(names).toContain(monthName(monthsAgo(4)));
    const kept = await ctx.db.pool.query(`SELECT id FROM sign_ins WHERE id = 'four-months'`);
    expect(kept.rowCount).toBe(1);
    // Long shortens its retention to 90 days: now four months ago is past everyone's.
    await ctx.db.pool.query(
      `UPDATE tenants SET settings = '{"signInRetentionDays": 90}' WHERE id = $1`,
      [long.id],
    );
    expect((await service.maintain({ monthsAhead: 0, retained: [] }, now)).dropped).toEqual([
      monthName(monthsAgo(4)),
    ]);
    expect(await service.signInCutoff(now)).toEqual(new Date(now.getTime() - 90 * DAY));
  });

  it('keeps other tables (rollups) by their own retention, and skips a table that does not exist', async () => {
    await ctx.db.pool.query(
      `CREATE TABLE bench_rollups (tenant_id uuid, day date, n int) PARTITION BY RANGE (day);
       CREATE TABLE bench_rollups_old PARTITION OF bench_rollups FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
       CREATE TABLE bench_rollups_recent PARTITION OF bench_rollups FOR VALUES FROM ('${monthsAgo(13).toISOString().slice(0, 10)}') TO ('${monthsAgo(-1).toISOString().slice(0, 10)}');`,
    );
    const retained = parseRetainedTables('bench_rollups:730, no_such_table');
    expect(retained).toEqual([
      { table: 'bench_rollups', retentionDays: 730 },
      { table: 'no_such_table', retentionDays: 730 },
    ]);
    const r = await service.maintain({ monthsAhead: 0, retained }, now);
    expect(r.dropped).toEqual(['bench_rollups_old']);
    expect((await service.partitions('bench_rollups')).map((p) => p.name)).toEqual([
      'bench_rollups_recent',
    ]);
    expect(() => parseRetainedTables('Bad-Name:x')).toThrow(/name\[:days\]/);
  });

  it('gathers statistics of partitions loaded since their last ANALYZE', async () => {
    const t = await ctx.newTenant('Loaded');
    const at = new Date(now.getTime() - DAY);
    await ctx.db.pool.query('SELECT posture_ensure_sign_in_partition($1)', [at]);
    await ctx.db.pool.query(
      `INSERT INTO sign_ins (tenant_id, created_at, id, event)
       SELECT $1, $2::timestamptz - g * interval '1 second', 'a' || g, '{}' FROM generate_series(1, 5000) g`,
      [t.id, at],
    );
    const statistics = new SignInStatistics(ctx.db);
    let analyzed: string[] = [];
    for (let i = 0; i < 30 && !analyzed.includes(`public.${monthName(at)}`); i++) {
      analyzed = await statistics.analyzeStale();
      if (!analyzed.length) await new Promise((r) => setTimeout(r, 200)); // statistics flush
    }
    expect(analyzed).toContain(`public.${monthName(at)}`);
    // The rollups the insert wrote are kept by the same pass (statistics for the checks' plans).
    expect(analyzed).toContain('public.sign_in_daily_counts');
    const { rows } = await ctx.db.pool.query<{ reltuples: number; visible: number }>(
      `SELECT reltuples, relallvisible AS visible FROM pg_class WHERE relname = $1`,
      [monthName(at)],
    );
    expect(rows[0]!.reltuples).toBeGreaterThanOrEqual(5000);
    // Vacuumed too: the visibility map lets the list's index-only scans skip the heap.
    expect(rows[0]!.visible).toBeGreaterThan(0);
    // Nothing changed since: the next pass analyzes nothing.
    expect(await statistics.analyzeStale()).toEqual([]);
  });

  it('vacuums a partition whose new rows are too few for an ANALYZE, so index-only scans skip their pages too', async () => {
    const t = await ctx.newTenant('Topped up');
    const at = new Date(now.getTime() - 40 * DAY);
    const partition = monthName(at);
    await ctx.db.pool.query('SELECT posture_ensure_sign_in_partition($1)', [at]);
    const load = (from: number, to: number) =>
      ctx.db.pool.query(
        `INSERT INTO sign_ins (tenant_id, created_at, id, event)
         SELECT $1, $2::timestamptz - g * interval '1 second', 'b' || g, '{}'
           FROM generate_series($3::int, $4::int) g`,
        [t.id, at, from, to],
      );
    const statistics = new SignInStatistics(ctx.db);
    /** The pass's tables once the insert's statistics are flushed (they arrive a little late). */
    const pass = async () => {
      let done: string[] = [];
      for (let i = 0; i < 30 && !done.includes(`public.${partition}`); i++) {
        done = await statistics.analyzeStale();
        if (!done.includes(`public.${partition}`)) await new Promise((r) => setTimeout(r, 200));
      }
      return done;
    };
    await load(1, 40_000);
    expect(await pass()).toContain(`public.${partition}`);
    const analyzedAt = async () =>
      (
        await ctx.db.pool.query<{ at: Date | null; unanalyzed: string }>(
          `SELECT last_analyze AS at, n_mod_since_analyze::text AS unanalyzed
             FROM pg_stat_user_tables WHERE relname = $1`,
          [partition],
        )
      ).rows[0]!;
    const first = await analyzedAt();
    // 2,000 more rows: past VACUUM_INSERTED_ROWS, short of ANALYZE's 1,000 + 10% of 40,000.
    await load(40_001, 42_000);
    expect(await pass()).toContain(`public.${partition}`);
    const heapFetches = async () => {
      const { rows } = await ctx.db.pool.query<{ 'QUERY PLAN': unknown }>(
        `EXPLAIN (ANALYZE, FORMAT JSON)
         SELECT created_at, id FROM ${partition} WHERE tenant_id = $1 ORDER BY created_at, id`,
        [t.id],
      );
      const fetches: number[] = [];
      const walk = (n: { 'Heap Fetches'?: number; Plans?: unknown[] }) => {
        if (n['Heap Fetches'] !== undefined) fetches.push(n['Heap Fetches']);
        for (const c of n.Plans ?? []) walk(c as typeof n);
      };
      walk((rows[0]!['QUERY PLAN'] as Array<{ Plan: { Plans?: unknown[] } }>)[0]!.Plan);
      return fetches;
    };
    // Read on the primary key alone, and none of the 42,000 rows from the heap.
    expect(await heapFetches()).toEqual([0]);
    // Vacuumed without a new ANALYZE: the statistics were fresh enough.
    const second = await analyzedAt();
    expect(second.at).toEqual(first.at);
    expect(Number(second.unanalyzed)).toBeGreaterThanOrEqual(2_000);
  });
});
