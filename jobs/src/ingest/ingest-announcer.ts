import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Db } from '../database/db.js';
import { QueueService } from '../schedule/queue.service.js';

export type IngestedKind = 'snapshot' | 'signins';

/**
 * The last step of ingestion: tell the rest of the product that a tenant has new data. An
 * abstract class so it can be a Nest token; the product's one is CheckRunAnnouncer.
 */
export abstract class IngestAnnouncer {
  abstract announce(tenantId: string, kind: IngestedKind): Promise<void>;
}

/** Seconds within which one tenant gets at most one ingest-triggered check run. */
export const INGEST_RUN_DEBOUNCE_SECONDS = Symbol('INGEST_RUN_DEBOUNCE_SECONDS');

/**
 * Starts the tenant's next ingest run: now, or the debounce period after the previous one when
 * that is later. Nothing when the previous one has not reached its start yet: it cannot have
 * started (pg-boss fetches no job before its start_after), so it will read what was just stored
 * (this statement's now() is after that data committed). The row lock on the gate orders
 * announcements from any number of processes; the first one for a tenant inserts the row.
 */
const NEXT_INGEST_RUN_SQL = `
  INSERT INTO ingest_run_gates AS g (tenant_id, start_at) VALUES ($1, now())
  ON CONFLICT (tenant_id) DO UPDATE
     SET start_at = greatest(now(), g.start_at + make_interval(secs => $2))
   WHERE g.start_at <= now()
  RETURNING start_at`;

/**
 * Queues a check run for the tenant on the job queue (pg-boss on PostgreSQL), debounced per
 * tenant: a burst of data makes one run now and at most one more, the debounce period later, for
 * what arrived after the first may have started; ingest runs start at least that far apart. The
 * gate and the job commit together. It works from any process that stores data (the API with
 * JOBS=off included): whichever process works the queue runs it. Failing to queue never fails
 * the ingestion (the data is stored; the next scheduled run checks it), so it is logged instead.
 *
 * Not pg-boss's own debounce: its slots are fixed, so a burst across a slot's end made runs in
 * three slots, two of them due at once.
 */
@Injectable()
export class CheckRunAnnouncer extends IngestAnnouncer {
  private readonly log = new Logger('Ingest');

  constructor(
    @Inject(Db) private readonly db: Db,
    @Inject(QueueService) private readonly queue: QueueService,
    @Optional()
    @Inject(INGEST_RUN_DEBOUNCE_SECONDS)
    private readonly debounceSeconds: number = 60,
  ) {
    super();
  }

  async announce(tenantId: string): Promise<void> {
    try {
      await this.queueNext(tenantId);
    } catch (err) {
      this.log.warn(`could not queue an ingest run for tenant ${tenantId}: ${String(err)}`);
    }
  }

  private async queueNext(tenantId: string): Promise<void> {
    const client = await this.db.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ start_at: Date }>(NEXT_INGEST_RUN_SQL, [
        tenantId,
        this.debounceSeconds,
      ]);
      const startAt = rows[0]?.start_at;
      if (startAt) {
        await this.queue.sendInTransaction(
          client,
          { tenantId, trigger: 'INGEST' },
          `ingest:${tenantId}:${startAt.toISOString()}`,
          startAt,
        );
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
}
