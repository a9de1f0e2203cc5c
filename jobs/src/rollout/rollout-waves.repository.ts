import { Inject, Injectable } from '@nestjs/common';
import type { RolloutWave } from '@posture/prisma';
import { isUuid, type ListArgs } from '../common/list-args.js';
import { byIdWhere, pageOf, tenantWhere } from '../common/repository-helpers.js';
import { Db } from '../database/db.js';
import { canSee, type TenantScope } from '../scope.js';

export interface WaveFilter {
  tenantId?: string | null;
}

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

  find(scope: TenantScope, id: string): Promise<RolloutWave | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.rolloutWave.findFirst({ where }) : Promise.resolve(null);
  }

  /** Waves of the tenants the scope may see (or of `tenantId`), in rollout order. */
  page(scope: TenantScope, f: WaveFilter, args: ListArgs): Promise<RolloutWave[]> {
    return this.db.prisma.rolloutWave.findMany({
      where: tenantWhere(scope, f.tenantId),
      orderBy: [{ tenantId: 'asc' }, { order: 'asc' }],
      ...pageOf(args),
    });
  }

  /** Every wave of the given tenants the scope may see (a tenant has a handful). */
  ofTenants(scope: TenantScope, tenantIds: readonly string[]): Promise<RolloutWave[]> {
    const visible = tenantIds.filter((t) => canSee(scope, t) && isUuid(t));
    return this.db.prisma.rolloutWave.findMany({ where: { tenantId: { in: visible } } });
  }

  count(scope: TenantScope, f: WaveFilter): Promise<number> {
    return this.db.prisma.rolloutWave.count({ where: tenantWhere(scope, f.tenantId) });
  }

  update(
    tenantId: string,
    id: string,
    data: { name?: string; groupId?: string; order?: number; plannedAt?: Date | null },
  ): Promise<RolloutWave> {
    return this.db.prisma.rolloutWave.update({ where: { tenantId_id: { tenantId, id } }, data });
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.db.prisma.rolloutWave.delete({ where: { tenantId_id: { tenantId, id } } });
  }

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

  /**
   * Groups of the tenant's newest Entra data whose display name or id contains `q`
   * (case-insensitive; all when empty), by name, at most `limit`.
   */
  async searchGroups(
    tenantId: string,
    q: string,
    limit: number,
  ): Promise<Array<{ id: string; displayName: string | null }>> {
    const { rows } = await this.db.pool.query<{ id: string; displayName: string | null }>(
      `SELECT g->>'id' AS id, g->>'displayName' AS "displayName"
         FROM (SELECT raw FROM snapshots WHERE tenant_id = $1 AND 'entra' = ANY(sources)
                ORDER BY captured_at DESC LIMIT 1) s,
              jsonb_array_elements(coalesce(s.raw->'entra'->'groups', '[]'::jsonb)) g
        WHERE $2 = '' OR strpos(lower(coalesce(g->>'displayName', '')), lower($2)) > 0
              OR strpos(lower(g->>'id'), lower($2)) > 0
        ORDER BY lower(coalesce(g->>'displayName', g->>'id')), g->>'id' LIMIT $3`,
      [tenantId, q, limit],
    );
    return rows;
  }
}
