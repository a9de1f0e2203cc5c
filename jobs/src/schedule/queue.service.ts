import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { PoolClient } from 'pg';
import { Db } from '../database/db.js';

export const CHECK_RUN_QUEUE = 'check-run';
const QUEUE_SETUP_LOCK = 7_340_120_062;

export interface CheckRunJob {
  tenantId: string;
  trigger: 'SCHEDULE' | 'INGEST' | 'MANUAL';
  /** The schedule slot, for SCHEDULE jobs. */
  slot?: string;
}

/**
 * The job queue on PostgreSQL (pg-boss): any number of processes send and work; each job is
 * fetched by exactly one worker (SKIP LOCKED). Started lazily, once, by whoever needs it.
 */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly log = new Logger('Queue');
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;

  constructor(@Inject(Db) private readonly db: Db) {}

  start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({ connectionString: this.db.url, schema: 'pgboss', max: 4 });
      boss.on('error', (err: Error) => this.log.error(`queue: ${err.message}`));
      // Processes starting together would race creating pg-boss's schema and queue (deadlocks
      // were seen): one at a time, under an advisory lock.
      const lock = await this.db.pool.connect();
      try {
        await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
        await boss.start();
        await boss.createQueue(CHECK_RUN_QUEUE, {
          name: CHECK_RUN_QUEUE,
          retryLimit: 2,
          retryDelay: 30,
          expireInSeconds: 15 * 60,
        });
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK]).catch(() => {});
        lock.release();
      }
      this.boss = boss;
      return boss;
    })().catch((err: unknown) => {
      // Not remembered: the next send (an ingestion, a tick) tries again.
      this.starting = null;
      throw err;
    });
    return this.starting;
  }

  /**
   * Sends inside the caller's transaction, so the job exists exactly when the caller commits; not
   * started before `startAfter` when given.
   */
  async sendInTransaction(
    client: PoolClient,
    job: CheckRunJob,
    singletonKey: string,
    startAfter?: Date,
  ): Promise<void> {
    const boss = await this.start();
    await boss.send(CHECK_RUN_QUEUE, job, {
      singletonKey,
      ...(startAfter ? { startAfter } : {}),
      db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) },
    });
  }

  /**
   * One job per tenant per slot of `seconds` (pg-boss's debounce): a later request lands in the
   * next slot, never lost. Slots are fixed, so a burst across a slot's end makes a job in each of
   * three slots, two of them due at once; CheckRunAnnouncer spaces ingest runs itself.
   */
  async sendDebounced(job: CheckRunJob, seconds: number): Promise<void> {
    const boss = await this.start();
    await boss.sendDebounced(CHECK_RUN_QUEUE, job, {}, seconds, job.tenantId);
  }

  /**
   * Works jobs a few at a time, one after another. The handler must record its own failures
   * (a check run stores FAILED with the reason): a throw here would hand the whole batch back.
   */
  async work(
    handler: (job: CheckRunJob) => Promise<void>,
    pollingIntervalSeconds = 2,
  ): Promise<void> {
    const boss = await this.start();
    await boss.work<CheckRunJob>(
      CHECK_RUN_QUEUE,
      { batchSize: 4, pollingIntervalSeconds },
      async (jobs) => {
        for (const job of jobs) await handler(job.data);
      },
    );
  }

  /** Graceful: the job in hand finishes (or, past the timeout, is handed back for a retry). */
  async onApplicationShutdown(): Promise<void> {
    if (!this.starting) return;
    const boss = await this.starting.catch(() => null);
    await boss
      ?.stop({ graceful: true, timeout: 20_000, close: true, wait: true } as PgBoss.StopOptions)
      .catch(() => {});
  }
}
