import { Inject, Injectable } from '@nestjs/common';
import type { CheckResult, CheckRun, Prisma, Snapshot } from '@posture/prisma';
import { Db } from '../database/db.js';

export interface Page {
  skip: number;
  take: number;
}

/** Reads of stored history: snapshots, check runs, check results. */
@Injectable()
export class HistoryRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  snapshots(where: Prisma.SnapshotWhereInput, orderBy: Prisma.SnapshotOrderByWithRelationInput, page: Page): Promise<Snapshot[]> {
    return this.db.prisma.snapshot.findMany({ where, orderBy, ...page });
  }

  countSnapshots(where: Prisma.SnapshotWhereInput): Promise<number> {
    return this.db.prisma.snapshot.count({ where });
  }

  runs(where: Prisma.CheckRunWhereInput, orderBy: Prisma.CheckRunOrderByWithRelationInput, page: Page): Promise<CheckRun[]> {
    return this.db.prisma.checkRun.findMany({ where, orderBy, ...page });
  }

  countRuns(where: Prisma.CheckRunWhereInput): Promise<number> {
    return this.db.prisma.checkRun.count({ where });
  }

  results(where: Prisma.CheckResultWhereInput, orderBy: Prisma.CheckResultOrderByWithRelationInput, page: Page): Promise<CheckResult[]> {
    return this.db.prisma.checkResult.findMany({ where, orderBy, ...page });
  }

  countResults(where: Prisma.CheckResultWhereInput): Promise<number> {
    return this.db.prisma.checkResult.count({ where });
  }

  /** Ids of the newest result per tenant and check, within the given tenants (null = all). */
  async latestResultIds(tenantIds: readonly string[] | null): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ id: string }>(
      `SELECT DISTINCT ON (tenant_id, check_id) id FROM check_results
        WHERE ($1::uuid[] IS NULL OR tenant_id = ANY($1::uuid[]))
        ORDER BY tenant_id, check_id, evaluated_at DESC, id`,
      [tenantIds],
    );
    return rows.map((r) => r.id);
  }
}
