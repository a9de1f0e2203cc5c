import { createPrismaClient, type Prisma, type PrismaClient } from '@posture/prisma';
import pg from 'pg';

/**
 * A Prisma interactive transaction, for repository methods that take part in a caller's
 * transaction (a check run and the alerts it changes commit together).
 */
export type Tx = Prisma.TransactionClient;

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
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.prisma.$disconnect(), this.pool.end()]);
  }
}
