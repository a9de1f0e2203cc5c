import { createHash } from 'node:crypto';
import { createPrismaClient, type Prisma, type PrismaClient } from '@posture/prisma';
import pg from 'pg';

/**
 * A Prisma interactive transaction: what a repository method that takes part in a caller's
 * transaction writes through (a check run and its alerts, a snapshot and its drift).
 */
export type Tx = Prisma.TransactionClient;

/**
 * Holds one tenant's writes of one kind (`snapshots`, `check-run`) to one at a time until `tx`
 * ends: the second waits for the first to commit and then sees what it stored.
 */
export async function lockTenant(tx: Tx, kind: string, tenantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${kind}:${tenantId}`}))`;
}

/**
 * The two ways this product reaches PostgreSQL: Prisma for ordinary rows, and a `pg` pool for
 * what Prisma cannot do well (COPY, aggregates over millions of sign-ins, advisory locks).
 * Repositories are the only users of it.
 */
export class Db {
  readonly prisma: PrismaClient;
  readonly pool: pg.Pool;
  /**
   * Connections whose named statements are planned once and reused (`plan_cache_mode =
   * force_generic_plan`), for `prepared`. A separate pool because the mode is a session's.
   */
  readonly generic: pg.Pool;
  private readonly names = new Map<string, string>();

  constructor(readonly url: string) {
    this.prisma = createPrismaClient(url);
    this.pool = new pg.Pool({ connectionString: url, max: 10 });
    this.generic = new pg.Pool({
      connectionString: url,
      max: 4,
      options: '-c plan_cache_mode=force_generic_plan',
    });
    for (const pool of [this.pool, this.generic]) {
      // An idle connection the server closes (restart, failover, shutdown) must not crash the
      // process; the pool drops it and the next query opens a new one.
      pool.on('error', (err) => console.warn(`database: idle connection lost: ${err.message}`));
      // A connection lost while checked out (a session lock held for a run or a pull, a COPY,
      // a background ANALYZE) emits 'error' on its client, which pg-pool listens to only while
      // the client is idle: without a listener of our own, a database restart would kill the
      // process. The query in progress still fails, and the caller handles that.
      pool.on('connect', (client) => {
        client.on('error', (err) => console.warn(`database: connection lost: ${err.message}`));
      });
    }
  }

  /**
   * Runs `text` as a named statement of its own text's hash: each connection parses and plans
   * it once, generically, then binds and runs it. Planning was about half of PostgreSQL's time
   * for a hot read on a million sign-ins (a probe, per statement: a list page 0.475 -> 0.275 ms,
   * the rollup count 0.55 -> 0.175). Only for a statement whose plan should not depend on its
   * values: not a LIKE prefix (a generic plan cannot make it an index range), and not a value
   * whose frequency picks the index (a protocol). The EXPLAIN spec judges these plans as
   * generic ones.
   */
  prepared<R extends pg.QueryResultRow>(
    text: string,
    values: unknown[],
  ): Promise<pg.QueryResult<R>> {
    let name = this.names.get(text);
    if (name === undefined) {
      name = `g_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
      // Statement texts are made from a filter's shape, never its values: a few hundred at most.
      if (this.names.size >= 2_000) this.names.clear();
      this.names.set(text, name);
    }
    return this.generic.query<R>({ name, text, values });
  }

  /**
   * Runs `fn` in one transaction (commit when it resolves, roll back when it throws). Generous
   * time limits: storing a large snapshot with its drift is one transaction.
   */
  transaction<T>(
    fn: (tx: Tx) => Promise<T>,
    limits: { maxWait: number; timeout: number } = { maxWait: 30_000, timeout: 300_000 },
  ): Promise<T> {
    return this.prisma.$transaction(fn, limits);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.prisma.$disconnect(), this.pool.end(), this.generic.end()]);
  }
}
