import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DriftEvent, SnapshotOrigin } from '@posture/prisma';
import { AlertsService } from '../alerts/alerts.service.js';
import { DriftService } from '../drift/drift.service.js';
import { InvalidInput } from '../errors.js';
import { RolloutProgressService } from '../rollout/rollout-progress.service.js';
import type { TenantScope } from '../scope.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { SignInStatistics } from './analyze.js';
import { IngestAnnouncer } from './ingest-announcer.js';
import { SignInLines, SignInsRepository, type EncodedSignIn } from './signins.repository.js';
import { toSignInRow } from './signin.schema.js';
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
    @Inject(RolloutProgressService) private readonly rollout: RolloutProgressService,
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
      { tenantId, capturedAt: v.capturedAt, sources: v.sources, origin, raw: v.body },
      async (tx, s) => {
        const recorded = await this.drift.recordForSnapshot(tx, s, v.body);
        const current = recorded.events.filter(
          (e) => !recorded.lateSources.includes(e.source as SnapshotSourceName),
        );
        await this.alerts.raiseDriftAlerts(tx, tenantId, current, new Date());
        // Coverage over time gets its point with the snapshot, not only at the next check run.
        await this.rollout.recordSnapshot(tx, tenantId, s.capturedAt);
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
    // Each event is validated as it arrives and only its row's COPY line is kept: a batch never
    // holds the parsed values of its events (the app's memory stays flat in the body's size).
    return this.ingestChecked(scope, tenantId, options, (check) =>
      chunks(events, SIGNIN_BATCH, check),
    );
  }

  /**
   * The same, for events that arrive in pages (a pull reads Graph page by page). Pipelined: while
   * one batch is written (COPY, insert, rollups in PostgreSQL), the next is read and validated;
   * at most one write is in flight, and each page's progress is recorded after its write, in
   * order, so a pull's progress is live and never ahead of what is stored.
   */
  ingestSignInPages(
    scope: TenantScope,
    tenantId: string,
    pages: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
    options: SignInIngestOptions = {},
  ): Promise<SignInIngestResult> {
    return this.ingestChecked(scope, tenantId, options, async function* (check) {
      for await (const page of pages as AsyncIterable<readonly unknown[]>) yield page.map(check);
    });
  }

  /**
   * The pipeline of both: `pages(check)` yields pages of events already passed through `check`
   * (the tenant's validation: a row, or why the event is refused; an Error stays an Error).
   */
  private async ingestChecked(
    scope: TenantScope,
    tenantId: string,
    options: SignInIngestOptions,
    pages: (check: (e: unknown) => Checked) => AsyncIterable<Checked[]>,
  ): Promise<SignInIngestResult> {
    const settings = await this.tenants.settings(scope, tenantId);
    const now = options.now ?? new Date();
    // A good event becomes its COPY line at once (see EncodedSignIn), in buffers reused from
    // batch to batch.
    const lines = new SignInLines();
    const check = (e: unknown): Checked => {
      if (e instanceof Error) return e;
      const c = toSignInRow(e, now, settings.signInRetentionDays);
      return c.ok ? lines.encode(c.row) : c;
    };
    const result: SignInIngestResult = { accepted: 0, duplicates: 0, rejected: [] };
    let received = 0;
    let writing: Promise<void> = Promise.resolve();
    let failed: { error: unknown } | null = null;
    // Rows PostgreSQL refused so far (writes run one at a time, so this only grows).
    let refusedByDatabase = 0;
    // One batch's rows in writes of SIGNIN_BATCH, a row PostgreSQL refuses isolated (writeIsolated).
    // Progress counts what was known when the batch was handed over: the next page may already be
    // validated while this one is written.
    const write = async (
      rows: EncodedSignIn[],
      indexes: number[],
      progress: { received: number; invalid: number },
    ) => {
      for (let i = 0; i < rows.length; i += SIGNIN_BATCH) {
        refusedByDatabase += await this.writeIsolated(
          tenantId,
          rows.slice(i, i + SIGNIN_BATCH),
          indexes.slice(i, i + SIGNIN_BATCH),
          result,
        );
      }
      await options.onBatch?.({
        received: progress.received,
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: progress.invalid + refusedByDatabase,
      });
    };
    for await (const page of pages(check)) {
      const rows: EncodedSignIn[] = [];
      const rowIndex: number[] = [];
      for (const checked of page) {
        const index = received++;
        if (checked instanceof Error) {
          result.rejected.push({ index, reason: checked.message });
          continue;
        }
        if (Buffer.isBuffer(checked)) {
          rows.push(checked);
          rowIndex.push(index);
        } else result.rejected.push({ index, reason: checked.reason });
      }
      // The page's lines are all encoded (the next page is read only when asked for).
      const buffers = lines.take();
      await writing;
      if (failed) break;
      const progress = { received, invalid: result.rejected.length - refusedByDatabase };
      // Handled at once (a rejection waits for the next turn, never unhandled).
      writing = write(rows, rowIndex, progress)
        .catch((error: unknown) => {
          failed = { error };
        })
        // Written (or failed for good): its buffers take the lines of a later page.
        .finally(() => lines.release(buffers));
    }
    await writing;
    if (failed) throw (failed as { error: unknown }).error;
    result.rejected.sort((a, b) => a.index - b.index);
    if (result.accepted > 0) {
      await this.announcer.announce(tenantId, 'signins');
      this.statistics?.loaded(); // ANALYZE of the partitions this load changed, in the background
    }
    return result;
  }

  /**
   * Writes a batch; when PostgreSQL refuses a row's data, writes it again in halves so that only
   * the refused rows are rejected (with the database's reason) and every other row is stored.
   * Returns how many rows the database refused.
   */
  private async writeIsolated(
    tenantId: string,
    rows: EncodedSignIn[],
    indexes: number[],
    result: SignInIngestResult,
  ): Promise<number> {
    try {
      const w = await this.signIns.writeBatch(tenantId, rows);
      result.accepted += w.inserted;
      result.duplicates += w.duplicates;
      return 0;
    } catch (err) {
      if (!isRowDataError(err)) throw err;
      if (rows.length === 1) {
        result.rejected.push({
          index: indexes[0]!,
          reason: `the database refused the event: ${(err as Error).message}`,
        });
        return 1;
      }
      const half = Math.ceil(rows.length / 2);
      return (
        (await this.writeIsolated(tenantId, rows.slice(0, half), indexes.slice(0, half), result)) +
        (await this.writeIsolated(tenantId, rows.slice(half), indexes.slice(half), result))
      );
    }
  }
}

/** An event once validated: its COPY line, why it is refused, or an Error (it could not be read). */
type Checked = EncodedSignIn | { ok: false; reason: string } | Error;

/**
 * PostgreSQL errors caused by the data of a row (class 22 data exception, 54 program limit such as
 * an index row too large): retrying the batch in halves finds the row, and the others are stored.
 * Anything else (connection lost, database down) fails the whole call, so nothing good is dropped.
 */
function isRowDataError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('54'));
}

/** Groups a stream of events into arrays of at most `size`, each item mapped as it arrives. */
async function* chunks<T, U>(
  items: Iterable<T> | AsyncIterable<T>,
  size: number,
  map: (item: T) => U,
): AsyncGenerator<U[]> {
  let chunk: U[] = [];
  for await (const item of items as AsyncIterable<T>) {
    chunk.push(map(item));
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
      // Let the batch being written make progress (its COPY is I/O on this event loop).
      await new Promise((r) => setImmediate(r));
    }
  }
  if (chunk.length > 0) yield chunk;
}
