import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type DriftEvent } from '@posture/prisma';
import type { ListArgs } from '../common/list-args.js';
import { byIdWhere, idsWhere, pageOf, sortOf, tenantWhere } from '../common/repository-helpers.js';
import { isUuid } from '../common/list-args.js';
import { Db, type Tx } from '../database/db.js';
import type { StoredSnapshot } from '../ingest/snapshots.repository.js';
import type { SnapshotSourceName } from '../ingest/snapshot.schema.js';
import type { TenantScope } from '../scope.js';

export interface DriftFilter {
  tenantId?: string | null;
  ids?: string[] | null;
  source?: string | null;
  /** Paths that contain this, any case, e.g. `Block Basic Auth` or `AllowBasicAuthActiveSync`. */
  path?: string | null;
  /** Changes linked to this check. */
  checkId?: string | null;
  /** Changes this snapshot brought (its toSnapshotId). */
  snapshotId?: string | null;
  /** capturedAt at or after. */
  from?: Date | null;
  /** capturedAt before. */
  to?: Date | null;
}

/** One source of the snapshot just before or just after another (by capturedAt, then arrival). */
export interface NeighbourSource {
  side: 'previous' | 'next';
  snapshotId: string;
  capturedAt: Date;
  data: unknown;
}

/** Rows per INSERT: well below PostgreSQL's 65 535 bind parameters at 14 columns a row. */
const INSERT_BATCH = 2_000;

@Injectable()
export class DriftRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** Stores events inside the caller's transaction (the snapshot's). */
  async insert(tx: Tx, events: readonly DriftEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += INSERT_BATCH) {
      await tx.driftEvent.createMany({
        data: events.slice(i, i + INSERT_BATCH).map((e) => ({
          ...e,
          before: e.before === null ? Prisma.DbNull : e.before,
          after: e.after === null ? Prisma.DbNull : e.after,
          message: e.message === null ? Prisma.DbNull : e.message,
        })),
      });
    }
  }

  /** Forgets the drift recorded into `toSnapshotId` for one source (its pair is re-compared). */
  async deleteInto(
    tx: Tx,
    tenantId: string,
    source: string,
    toSnapshotId: string,
  ): Promise<number> {
    const r = await tx.driftEvent.deleteMany({ where: { tenantId, source, toSnapshotId } });
    return r.count;
  }

  /**
   * The snapshots of the tenant that carry `source` just before and just after `s` (ordered by
   * capturedAt, then by arrival), with that source's data only.
   */
  async neighbours(
    tx: Tx,
    s: StoredSnapshot,
    source: SnapshotSourceName,
  ): Promise<NeighbourSource[]> {
    return tx.$queryRaw<NeighbourSource[]>`
      (SELECT 'previous' AS side, id::text AS "snapshotId", captured_at AS "capturedAt", raw -> ${source} AS data
         FROM snapshots
        WHERE tenant_id = ${s.tenantId}::uuid AND ${source} = ANY(sources) AND id <> ${s.id}::uuid
          AND (captured_at, received_at) < (${s.capturedAt}::timestamptz, ${s.receivedAt}::timestamptz)
        ORDER BY captured_at DESC, received_at DESC LIMIT 1)
      UNION ALL
      (SELECT 'next', id::text, captured_at, raw -> ${source}
         FROM snapshots
        WHERE tenant_id = ${s.tenantId}::uuid AND ${source} = ANY(sources) AND id <> ${s.id}::uuid
          AND (captured_at, received_at) > (${s.capturedAt}::timestamptz, ${s.receivedAt}::timestamptz)
        ORDER BY captured_at ASC, received_at ASC LIMIT 1)`;
  }

  /** Reads outside a transaction (the same queries as inside one). */
  reader(): Tx {
    return this.db.prisma;
  }

  /** When a snapshot of the tenant was captured; null when it is gone. */
  async capturedAt(tenantId: string, snapshotId: string): Promise<Date | null> {
    const s = await this.db.prisma.snapshot.findFirst({
      where: { tenantId, id: snapshotId },
      select: { capturedAt: true },
    });
    return s?.capturedAt ?? null;
  }

  /** entra.groups[].id of the tenant's rollout waves, whose membership drift watches. */
  async waveGroupIds(tx: Tx, tenantId: string): Promise<string[]> {
    const waves = await tx.rolloutWave.findMany({ where: { tenantId }, select: { groupId: true } });
    return waves.map((w) => w.groupId);
  }

  private where(scope: TenantScope, f: DriftFilter): Prisma.DriftEventWhereInput {
    const and: Prisma.DriftEventWhereInput[] = [tenantWhere(scope, f.tenantId), idsWhere(f.ids)];
    if (f.source) and.push({ source: f.source });
    if (f.path?.trim()) and.push({ path: { contains: f.path.trim(), mode: 'insensitive' } });
    if (f.checkId) and.push({ checkIds: { has: f.checkId } });
    if (f.snapshotId)
      and.push(isUuid(f.snapshotId) ? { toSnapshotId: f.snapshotId } : { id: { in: [] } });
    if (f.from) and.push({ capturedAt: { gte: f.from } });
    if (f.to) and.push({ capturedAt: { lt: f.to } });
    return { AND: and };
  }

  page(scope: TenantScope, f: DriftFilter, args: ListArgs): Promise<DriftEvent[]> {
    const order = sortOf(args, {
      fields: ['capturedAt', 'detectedAt', 'path', 'source', 'kind'],
      fallback: 'capturedAt',
      fallbackDirection: 'desc',
    });
    return this.db.prisma.driftEvent.findMany({
      where: this.where(scope, f),
      // Within one snapshot pair, the order the diff found them in is kept by path.
      orderBy: [order, { path: 'asc' }, { id: 'asc' }],
      ...pageOf(args),
    });
  }

  count(scope: TenantScope, f: DriftFilter): Promise<number> {
    return this.db.prisma.driftEvent.count({ where: this.where(scope, f) });
  }

  find(scope: TenantScope, id: string): Promise<DriftEvent | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.driftEvent.findFirst({ where }) : Promise.resolve(null);
  }
}
