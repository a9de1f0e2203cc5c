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

  constructor(readonly url: string) {
    this.prisma = createPrismaClient(url);
    this.pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server closes (restart, failover, shutdown) must not crash the
    // process; the pool drops it and the next query opens a new one.
    this.pool.on('error', (err) => console.warn(`database: idle connection lost: ${err.message}`));
    // A connection lost while checked out (a session lock held for a run or a pull, a COPY, a
    // background ANALYZE) emits 'error' on its client, which pg-pool listens to only while the
    // client is idle: without a listener of our own, a database restart would kill the process.
    // The query in progress still fails, and the caller handles that.
    this.pool.on('connect', (client) => {
      client.on('error', (err) => console.warn(`database: connection lost: ${err.message}`));
    });
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
    await Promise.allSettled([this.prisma.$disconnect(), this.pool.end()]);
  }
}
