import pg from 'pg';

/**
 * Counters shared by the bad-input suites: every bad input tried, how many were refused with a
 * clear 4xx, how many left something in the database, and how many good items beside a bad one
 * were lost. The suite prints them; stored and good lost must stay 0.
 */
export interface BadInputCounters {
  tried: number;
  refused: number;
  stored: number;
  goodLost: number;
}

export const newCounters = (): BadInputCounters => ({
  tried: 0,
  refused: 0,
  stored: 0,
  goodLost: 0,
});

export const formatCounters = (c: BadInputCounters) =>
  `bad inputs tried: ${c.tried}, refused: ${c.refused}, stored: ${c.stored}, good lost: ${c.goodLost}`;

/** Tables a refused request must leave unchanged (the audit log and counters are written by design). */
const VOLATILE = new Set(['audit_events', 'rate_limit_counters', 'sessions', '_prisma_migrations']);

/** Row counts of every table but the volatile ones: the database's footprint of what was stored. */
export async function rowCounts(db: pg.Client): Promise<Record<string, number>> {
  const { rows } = await db.query<{ tablename: string }>(
    `SELECT c.relname AS tablename FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
  );
  const out: Record<string, number> = {};
  for (const { tablename } of rows) {
    if (VOLATILE.has(tablename)) continue;
    const r = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${tablename}"`);
    out[tablename] = Number(r.rows[0]!.n);
  }
  return out;
}

/** The tables whose counts differ. */
export function changedTables(
  before: Record<string, number>,
  after: Record<string, number>,
): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
