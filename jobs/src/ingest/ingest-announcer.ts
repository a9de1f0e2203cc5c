import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
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
 * Queues a check run for the tenant on the job queue (pg-boss on PostgreSQL), debounced per
 * tenant. It works from any process that stores data (the API with JOBS=off included): whichever
 * process works the queue runs it. Failing to queue never fails the ingestion (the data is
 * stored; the next scheduled run checks it), so it is logged instead.
 */
@Injectable()
export class CheckRunAnnouncer extends IngestAnnouncer {
  private readonly log = new Logger('Ingest');

  constructor(
    @Inject(QueueService) private readonly queue: QueueService,
    @Optional()
    @Inject(INGEST_RUN_DEBOUNCE_SECONDS)
    private readonly debounceSeconds: number = 60,
  ) {
    super();
  }

  async announce(tenantId: string): Promise<void> {
    try {
      await this.queue.sendDebounced({ tenantId, trigger: 'INGEST' }, this.debounceSeconds);
    } catch (err) {
      this.log.warn(`could not queue an ingest run for tenant ${tenantId}: ${String(err)}`);
    }
  }
}
