import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DriftEvent, SnapshotOrigin } from '@posture/prisma';
import { AlertsService } from '../alerts/alerts.service.js';
import { DriftService } from '../drift/drift.service.js';
import { InvalidInput } from '../errors.js';
import type { TenantScope } from '../scope.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { SignInStatistics } from './analyze.js';
import { IngestAnnouncer } from './ingest-announcer.js';
import { SignInsRepository } from './signins.repository.js';
import { toSignInRow, type SignInRow } from './signin.schema.js';
import { validateSnapshot, type SnapshotSourceName } from './snapshot.schema.js';
import { SnapshotsRepository } from './snapshots.repository.js';

export interface SnapshotIngestResult {
  snapshotId: string;
  sources: string[];
  capturedAt: Date;
  /**
   * The changes against the tenant's previous snapshot of each source: at most DRIFT_ANSWER_CAP,
   * those linked to a check first. All are stored (DriftService lists them).
   */
  drift: DriftEvent[];
  /** How many changes the answer left out. */
  driftOmitted: number;
}

/** Changes returned in a push answer; a snapshot that rewrites a whole tenant stores them all. */
export const DRIFT_ANSWER_CAP = 100;

export interface SignInIngestResult {
  accepted: number;
  duplicates: number;
  rejected: Array<{ index: number; reason: string }>;
}

/** Totals so far, after each stored batch: what a pull records on its ingestion run. */
export interface SignInProgress {
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export interface SignInIngestOptions {
  /** The time events are judged against (not in the future, within retention). */
  now?: Date;
  /** Records progress after each stored batch (a pull writes it to its ingestion run). */
  onBatch?: (progress: SignInProgress) => Promise<void>;
}

/** Rows per COPY batch: large enough for COPY's speed, small enough to bound memory. */
export const SIGNIN_BATCH = 5_000;

/**
 * The one ingestion pipeline, for pushed and pulled data alike: validate → batch → store →
 * record → announce. The announcement queues a check run for the tenant.
 */
@Injectable()
export class IngestService {
  constructor(
    @Inject(TenantsService) private readonly tenants: TenantsService,
    @Inject(SnapshotsRepository) private readonly snapshots: SnapshotsRepository,
    @Inject(SignInsRepository) private readonly signIns: SignInsRepository,
    @Inject(IngestAnnouncer) private readonly announcer: IngestAnnouncer,
    @Inject(DriftService) private readonly drift: DriftService,
    @Inject(AlertsService) private readonly alerts: AlertsService,
    @Optional() @Inject(SignInStatistics) private readonly statistics?: SignInStatistics,
  ) {}

  async ingestSnapshot(
    scope: TenantScope,
    tenantId: string,
    body: unknown,
    origin: SnapshotOrigin = 'PUSH',
  ): Promise<SnapshotIngestResult> {
    await this.tenants.get(scope, tenantId);
    const v = validateSnapshot(body);
    if (!v.ok)
      throw new InvalidInput(`invalid snapshot: ${v.problems.length} problem(s)`, v.problems);
    // The snapshot, its drift and the alerts that drift raises commit together: a stored
    // snapshot always has its drift.
    const { stored, also: drift } = await this.snapshots.insert(
      { tenantId, capturedAt: v.capturedAt, sources: v.sources, origin, raw: body as object },
      async (tx, s) => {
        const recorded = await this.drift.recordForSnapshot(tx, s, v.body);
        const current = recorded.events.filter(
          (e) => !recorded.lateSources.includes(e.source as SnapshotSourceName),
        );
        await this.alerts.raiseDriftAlerts(tx, tenantId, current, new Date());
        return recorded;
      },
    );
    await this.announcer.announce(tenantId, 'snapshot');
    const linkedFirst = [
      ...drift.events.filter((e) => e.checkIds.length > 0),
      ...drift.events.filter((e) => e.checkIds.length === 0),
    ];
    return {
      snapshotId: stored.id,
      sources: stored.sources,
      capturedAt: stored.capturedAt,
      drift: linkedFirst.slice(0, DRIFT_ANSWER_CAP),
      driftOmitted: Math.max(0, linkedFirst.length - DRIFT_ANSWER_CAP),
    };
  }

  /**
   * Validates each event on its own (one bad event never sinks the good ones), then writes the
   * good ones in COPY batches. accepted + duplicates + rejected = events sent. An Error in the
   * stream is an event that could not even be read (a bad NDJSON line): rejected with its reason.
   */
  ingestSignIns(
    scope: TenantScope,
    tenantId: string,
    events: Iterable<unknown> | AsyncIterable<unknown>,
    options: SignInIngestOptions = {},
  ): Promise<SignInIngestResult> {
    return this.ingestSignInPages(scope, tenantId, chunks(events, SIGNIN_BATCH), options);
  }

  /**
   * The same, for events that arrive in pages (a pull reads Graph page by page): each page is
   * stored, and its progress recorded, before the next is read, so a pull's progress is live.
   */
  async ingestSignInPages(
    scope: TenantScope,
    tenantId: string,
    pages: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
    options: SignInIngestOptions = {},
  ): Promise<SignInIngestResult> {
    const settings = await this.tenants.settings(scope, tenantId);
    const now = options.now ?? new Date();
    const result: SignInIngestResult = { accepted: 0, duplicates: 0, rejected: [] };
    let received = 0;
    for await (const page of pages as AsyncIterable<readonly unknown[]>) {
      const rows: SignInRow[] = [];
      for (const e of page) {
        const index = received++;
        if (e instanceof Error) {
          result.rejected.push({ index, reason: e.message });
          continue;
        }
        const checked = toSignInRow(e, now, settings.signInRetentionDays);
        if (checked.ok) rows.push(checked.row);
        else result.rejected.push({ index, reason: checked.reason });
      }
      for (let i = 0; i < rows.length; i += SIGNIN_BATCH) {
        const w = await this.signIns.writeBatch(tenantId, rows.slice(i, i + SIGNIN_BATCH));
        result.accepted += w.inserted;
        result.duplicates += w.duplicates;
      }
      await options.onBatch?.({
        received,
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: result.rejected.length,
      });
    }
    if (result.accepted > 0) {
      await this.announcer.announce(tenantId, 'signins');
      this.statistics?.loaded(); // ANALYZE of the partitions this load changed, in the background
    }
    return result;
  }
}

/** Groups a stream of events into arrays of at most `size`. */
async function* chunks<T>(
  items: Iterable<T> | AsyncIterable<T>,
  size: number,
): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items as AsyncIterable<T>) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
