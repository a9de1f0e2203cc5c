import { Inject, Injectable } from '@nestjs/common';
import type { SnapshotOrigin } from '@posture/prisma';
import { Db, lockTenant, type Tx } from '../database/db.js';
import type { SnapshotBody, SnapshotSourceName } from './snapshot.schema.js';

export interface StoredSnapshot {
  id: string;
  tenantId: string;
  capturedAt: Date;
  receivedAt: Date;
  sources: string[];
}

/**
 * The newest data of one source, typed by the ingestion schema: `snapshots.raw` only ever holds
 * bodies as validateSnapshot returned them (PowerShell 5.1 dates and enum numbers normalised).
 */
export type LatestSourceData = {
  [S in SnapshotSourceName]: {
    source: S;
    snapshotId: string;
    capturedAt: Date;
    data: NonNullable<SnapshotBody[S]>;
  };
}[SnapshotSourceName];

@Injectable()
export class SnapshotsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /**
   * Stores a snapshot and, in the same transaction, whatever `within` stores beside it (its
   * drift). Snapshots of one tenant are stored one at a time (a transaction-scoped advisory lock),
   * so each finds its true neighbours even when two arrive at once.
   */
  async insert<T>(
    input: {
      tenantId: string;
      capturedAt: Date;
      sources: string[];
      origin: SnapshotOrigin;
      raw: object;
    },
    within: (tx: Tx, stored: StoredSnapshot) => Promise<T>,
  ): Promise<{ stored: StoredSnapshot; also: T }> {
    return this.db.transaction(async (tx) => {
      await lockTenant(tx, 'snapshots', input.tenantId);
      const stored = await tx.snapshot.create({
        data: {
          tenantId: input.tenantId,
          capturedAt: input.capturedAt,
          sources: input.sources,
          origin: input.origin,
          raw: input.raw,
        },
        select: { id: true, tenantId: true, capturedAt: true, receivedAt: true, sources: true },
      });
      return { stored, also: await within(tx, stored) };
    });
  }

  /**
   * The newest snapshot that carried each source, with that source's data only: the tenant's
   * view is assembled per source (docs/checks.md, "How a result is decided").
   */
  async latestPerSource(tenantId: string): Promise<LatestSourceData[]> {
    const { rows } = await this.db.pool.query<LatestSourceData>(
      `SELECT DISTINCT ON (src) src AS source, s.id AS "snapshotId", s.captured_at AS "capturedAt",
              s.raw -> src AS data
         FROM snapshots s CROSS JOIN LATERAL unnest(s.sources) AS src
        WHERE s.tenant_id = $1
        ORDER BY src, s.captured_at DESC, s.received_at DESC`,
      [tenantId],
    );
    return rows;
  }
}
