import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DriftEvent } from '@posture/prisma';
import { isMessage } from '../checks/catalogue/messages.js';
import type { ListArgs } from '../common/list-args.js';
import type { Tx } from '../database/db.js';
import { NotFound } from '../errors.js';
import {
  SNAPSHOT_SOURCES,
  type SnapshotBody,
  type SnapshotSourceName,
} from '../ingest/snapshot.schema.js';
import type { StoredSnapshot } from '../ingest/snapshots.repository.js';
import type { TenantScope } from '../scope.js';
import { DriftRepository, type DriftFilter } from './drift.repository.js';
import { diffSource, type DriftChange, type SourceData } from './snapshot-diff.js';

export type { DriftFilter };

/** Changes `Snapshot.diff` lists unless asked for fewer or more, and the most it lists. */
export const SNAPSHOT_DIFF_DEFAULT = 50;
export const SNAPSHOT_DIFF_MAX = 500;

/** What a snapshot changed against the tenant's previous snapshot of each source it carries. */
export interface SnapshotDiff {
  /** The previous snapshot compared with (of the first source that has one); null: none. */
  previousSnapshotId: string | null;
  previousCapturedAt: Date | null;
  /** True when read from the drift events stored at ingest, false when compared now. */
  stored: boolean;
  /** How many changes there are. */
  total: number;
  /** At most `limit` of them, by path. */
  changes: DriftChange[];
}

/** What one stored snapshot brought: the changes against its predecessor, per source. */
export interface SnapshotDrift {
  /** Every change against the predecessor (all are stored). */
  events: DriftEvent[];
  /** Events re-recorded for the snapshot after this one, when this one arrived late. */
  relinked: number;
  /**
   * Sources for which this snapshot is not the newest (a collector catching up): their changes
   * are history, already seen as drift into the newer snapshot, so they raise no alert.
   */
  lateSources: SnapshotSourceName[];
}

@Injectable()
export class DriftService {
  constructor(@Inject(DriftRepository) private readonly repo: DriftRepository) {}

  /**
   * Records the drift a snapshot brings, inside the transaction that stores it. For each source
   * it carries: the changes since the tenant's previous snapshot of that source (by capturedAt;
   * none for the first). A snapshot captured before the newest one sits between two others: it
   * is compared with its predecessor, and the pair after it is compared again (the drift once
   * recorded into its successor is replaced by the drift from it), so the timeline always lists
   * the changes between consecutive snapshots, each once.
   */
  async recordForSnapshot(
    tx: Tx,
    snapshot: StoredSnapshot,
    body: SnapshotBody,
    detectedAt: Date = new Date(),
  ): Promise<SnapshotDrift> {
    const events: DriftEvent[] = [];
    const lateSources: SnapshotSourceName[] = [];
    let relinked = 0;
    const sources = SNAPSHOT_SOURCES.filter((s) => body[s] !== undefined);
    if (sources.length === 0) return { events, relinked, lateSources };
    const waveGroupIds = await this.repo.waveGroupIds(tx, snapshot.tenantId);
    const ctx = { waveGroupIds };
    const self = { snapshotId: snapshot.id, capturedAt: snapshot.capturedAt };
    for (const source of sources) {
      const data = body[source] as SourceData[typeof source];
      const around = await this.repo.neighbours(tx, snapshot, source);
      const previous = around.find((n) => n.side === 'previous');
      const next = around.find((n) => n.side === 'next');
      if (previous) {
        const changes = diffSource(source, previous.data as typeof data, data, ctx);
        events.push(...toEvents(snapshot.tenantId, changes, previous, self, detectedAt));
      }
      if (next) {
        lateSources.push(source);
        await this.repo.deleteInto(tx, snapshot.tenantId, source, next.snapshotId);
        const later = toEvents(
          snapshot.tenantId,
          diffSource(source, data, next.data as typeof data, ctx),
          self,
          next,
          detectedAt,
        );
        await this.repo.insert(tx, later);
        relinked += later.length;
      }
    }
    await this.repo.insert(tx, events);
    return { events, relinked, lateSources };
  }

  /**
   * The changes `snapshot` brought against the tenant's previous snapshot of each source: the
   * drift events stored for it at ingest when there are any, else compared now by the same
   * diff (snapshots stored before drift was recorded, or a snapshot that changed nothing).
   */
  async snapshotDiff(
    scope: TenantScope,
    snapshot: StoredSnapshot & { raw: unknown },
    limit: number = SNAPSHOT_DIFF_DEFAULT,
  ): Promise<SnapshotDiff> {
    const cap = Math.min(SNAPSHOT_DIFF_MAX, Math.max(0, Math.floor(limit)));
    const filter = { tenantId: snapshot.tenantId, snapshotId: snapshot.id };
    const total = await this.repo.count(scope, filter);
    if (total > 0) {
      const events = await this.repo.page(scope, filter, {
        page: 0,
        perPage: Math.max(cap, 1),
        sortField: 'path',
        sortOrder: 'ASC',
      });
      const first = events[0]!;
      const previous = await this.repo.capturedAt(snapshot.tenantId, first.fromSnapshotId);
      return {
        previousSnapshotId: first.fromSnapshotId,
        previousCapturedAt: previous,
        stored: true,
        total,
        changes: events.slice(0, cap).map((e) => ({
          source: e.source as SnapshotSourceName,
          path: e.path,
          kind: e.kind,
          before: e.before as DriftChange['before'],
          after: e.after as DriftChange['after'],
          summary: e.summary,
          message: isMessage(e.message) ? e.message : null,
          checkIds: e.checkIds,
        })),
      };
    }
    const body = (snapshot.raw ?? {}) as SnapshotBody;
    const changes: DriftChange[] = [];
    let previous: { snapshotId: string; capturedAt: Date } | null = null;
    const ctx = {
      waveGroupIds: await this.repo.waveGroupIds(this.repo.reader(), snapshot.tenantId),
    };
    for (const source of SNAPSHOT_SOURCES) {
      const data = body[source] as SourceData[typeof source] | undefined;
      if (data === undefined || !snapshot.sources.includes(source)) continue;
      const around = await this.repo.neighbours(this.repo.reader(), snapshot, source);
      const before = around.find((n) => n.side === 'previous');
      if (!before) continue;
      previous ??= before;
      changes.push(...diffSource(source, before.data as typeof data, data, ctx));
    }
    changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
      previousSnapshotId: previous?.snapshotId ?? null,
      previousCapturedAt: previous?.capturedAt ?? null,
      stored: false,
      total: changes.length,
      changes: changes.slice(0, cap),
    };
  }

  list(scope: TenantScope, filter: DriftFilter, args: ListArgs): Promise<DriftEvent[]> {
    return this.repo.page(scope, filter, args);
  }

  count(scope: TenantScope, filter: DriftFilter = {}): Promise<number> {
    return this.repo.count(scope, filter);
  }

  async get(scope: TenantScope, id: string): Promise<DriftEvent> {
    const e = await this.repo.find(scope, id);
    if (!e) throw new NotFound(`drift event ${id}`);
    return e;
  }
}

function toEvents(
  tenantId: string,
  changes: DriftChange[],
  from: { snapshotId: string },
  to: { snapshotId: string; capturedAt: Date },
  detectedAt: Date,
): DriftEvent[] {
  return changes.map((c) => ({
    tenantId,
    // Ids made here, so the push answer can name the events without reading them back.
    id: randomUUID(),
    source: c.source as SnapshotSourceName,
    path: c.path,
    kind: c.kind,
    before: c.before,
    after: c.after,
    summary: c.summary,
    // A message is plain JSON (code, params of plain values and messages).
    message: c.message as unknown as DriftEvent['message'],
    checkIds: c.checkIds,
    fromSnapshotId: from.snapshotId,
    toSnapshotId: to.snapshotId,
    capturedAt: to.capturedAt,
    detectedAt,
  }));
}
