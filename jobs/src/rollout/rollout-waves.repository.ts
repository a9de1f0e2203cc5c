import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, RolloutWave } from '@posture/prisma';
import { Db } from '../database/db.js';

@Injectable()
export class RolloutWavesRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  create(data: {
    tenantId: string;
    name: string;
    groupId: string;
    order: number;
    plannedAt: Date | null;
  }): Promise<RolloutWave> {
    return this.db.prisma.rolloutWave.create({ data });
  }

  find(where: Prisma.RolloutWaveWhereInput): Promise<RolloutWave | null> {
    return this.db.prisma.rolloutWave.findFirst({ where });
  }

  list(where: Prisma.RolloutWaveWhereInput, skip: number, take: number): Promise<RolloutWave[]> {
    return this.db.prisma.rolloutWave.findMany({
      where,
      orderBy: [{ tenantId: 'asc' }, { order: 'asc' }],
      skip,
      take,
    });
  }

  count(where: Prisma.RolloutWaveWhereInput): Promise<number> {
    return this.db.prisma.rolloutWave.count({ where });
  }

  update(tenantId: string, id: string, data: Prisma.RolloutWaveUpdateInput): Promise<RolloutWave> {
    return this.db.prisma.rolloutWave.update({ where: { tenantId_id: { tenantId, id } }, data });
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.db.prisma.rolloutWave.delete({ where: { tenantId_id: { tenantId, id } } });
  }

  /** The group ids of the tenant's newest entra data, or null when it never sent any. */
  /** The groups (id, name) of the tenant's newest entra data, or null when it never sent any. */
  async entraGroups(
    tenantId: string,
  ): Promise<Array<{ id: string; displayName: string | null }> | null> {
    const { rows } = await this.db.pool.query<{
      groups: Array<{ id: string; displayName: string | null }> | null;
    }>(
      `SELECT (SELECT jsonb_agg(jsonb_build_object('id', g->>'id', 'displayName', g->>'displayName'))
                 FROM jsonb_array_elements(coalesce(s.raw->'entra'->'groups', '[]'::jsonb)) g) AS groups
         FROM snapshots s WHERE s.tenant_id = $1 AND 'entra' = ANY(s.sources)
        ORDER BY s.captured_at DESC LIMIT 1`,
      [tenantId],
    );
    return rows.length === 0 ? null : (rows[0]!.groups ?? []);
  }
}
