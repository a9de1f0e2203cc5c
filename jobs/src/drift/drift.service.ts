import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DriftEvent } from '@posture/prisma';
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
    checkIds: c.checkIds,
    fromSnapshotId: from.snapshotId,
    toSnapshotId: to.snapshotId,
    capturedAt: to.capturedAt,
    detectedAt,
  }));
}
