import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testContext, type TestContext } from '../testing/services.js';
import { SIGN_IN_ROLLUP_TABLES, SignInStatistics } from './analyze.js';

/** Statistics after loads (real PostgreSQL): gathered once the loads pause, not between them. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('sign-in statistics after loads', () => {
  it('keeps every table the rollup trigger writes, and only those', async () => {
    const { rows } = await ctx.db.pool.query<{ sql: string }>(
      `SELECT posture_sign_in_rollup_sql('new_sign_ins') AS sql`,
    );
    const written = [...rows[0]!.sql.matchAll(/INSERT INTO (\w+)/g)].map((m) => m[1]);
    expect([...new Set(written)].sort()).toEqual([...SIGN_IN_ROLLUP_TABLES].sort());
  });

  it('waits for the loads to pause a second, then analyzes what they loaded', async () => {
    const t = await ctx.newTenant('Loads');
    const at = new Date(Date.now() - 86_400_000);
    await ctx.db.pool.query('SELECT posture_ensure_sign_in_partition($1)', [at]);
    const statistics = new SignInStatistics(ctx.db);
    const real = statistics.analyzeStale.bind(statistics);
    const passes: Array<{ at: number; analyzed: string[] }> = [];
    statistics.analyzeStale = async (tables) => {
      const pass = { at: Date.now(), analyzed: [] as string[] };
      passes.push(pass);
      pass.analyzed = await real(tables);
      return pass.analyzed;
    };
    // Six loads 300 ms apart, each announced as ingestion does.
    const loads: number[] = [];
    for (let i = 0; i < 6; i++) {
      await ctx.db.pool.query(
        `INSERT INTO sign_ins (tenant_id, created_at, id, event)
         SELECT $1, $2::timestamptz - g * interval '1 second', $3 || g, '{}'
           FROM generate_series(1, 2000) g`,
        [t.id, at, `l${i}-`],
      );
      loads.push(Date.now());
      statistics.loaded();
      await sleep(300);
    }
    await statistics.settled();
    expect(passes.length).toBeGreaterThanOrEqual(1);
    // No pass began less than a second after a load (timers may fire a millisecond early).
    for (const p of passes) {
      const before = loads.filter((l) => l <= p.at).at(-1)!;
      expect(p.at - before).toBeGreaterThanOrEqual(990);
    }
    const name = `sign_ins_${at.getUTCFullYear()}_${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
    // PostgreSQL's statistics counters flush within a second or so: a later pass catches up.
    for (let i = 0; i < 30 && !passes.some((p) => p.analyzed.includes(`public.${name}`)); i++) {
      statistics.loaded();
      await statistics.settled();
    }
    expect(passes.some((p) => p.analyzed.includes(`public.${name}`))).toBe(true);
    const { rows } = await ctx.db.pool.query<{ reltuples: number }>(
      'SELECT reltuples FROM pg_class WHERE relname = $1',
      [name],
    );
    expect(rows[0]!.reltuples).toBeGreaterThanOrEqual(12_000);
  });
});
