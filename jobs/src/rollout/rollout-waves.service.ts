import { Inject, Injectable } from '@nestjs/common';
import type { RolloutWave } from '@posture/prisma';
import { pilotWave } from '../checks/catalogue/people.js';
import { DomainError, InvalidInput, NotFound } from '../errors.js';
import type { ListArgs } from '../common/list-args.js';
import type { TenantScope } from '../scope.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { RolloutWavesRepository, type WaveFilter } from './rollout-waves.repository.js';

export interface WaveInput {
  name?: string | null;
  groupId?: string | null;
  order?: number | null;
  plannedAt?: Date | null;
}

/** The orders a wave may have (the lowest is the pilot). */
export const WAVE_ORDER = { min: 0, max: 1000 } as const;

/** Rollout waves: groups of the entra source, in order; the lowest order is the pilot. */
@Injectable()
export class RolloutWavesService {
  constructor(
    @Inject(RolloutWavesRepository) private readonly repo: RolloutWavesRepository,
    @Inject(TenantsService) private readonly tenants: TenantsService,
  ) {}

  private async checkGroup(tenantId: string, groupId: string): Promise<void> {
    const groups = (await this.repo.entraGroups(tenantId))?.map((g) => g.id) ?? null;
    // Before any entra data arrived a wave may name a group to come; the checks answer ERROR
    // ("names no group") until it does.
    if (groups && !groups.includes(groupId)) {
      throw new InvalidInput(`groupId ${groupId} is not a group of the newest entra snapshot`, [
        {
          path: 'groupId',
          reason: 'names no group in the newest entra snapshot (entra.groups[].id)',
        },
      ]);
    }
  }

  private static validate(input: WaveInput): void {
    const problems = [];
    if (input.name !== undefined && input.name !== null && !input.name.trim())
      problems.push({ path: 'name', reason: 'must not be empty' });
    if (
      input.order !== undefined &&
      input.order !== null &&
      (!Number.isInteger(input.order) ||
        input.order < WAVE_ORDER.min ||
        input.order > WAVE_ORDER.max)
    ) {
      problems.push({
        path: 'order',
        reason: `must be a whole number from ${WAVE_ORDER.min} to ${WAVE_ORDER.max}`,
      });
    }
    if (problems.length) throw new InvalidInput('invalid rollout wave', problems);
  }

  async create(
    scope: TenantScope,
    tenantId: string,
    input: Required<Pick<WaveInput, 'name' | 'groupId' | 'order'>> & WaveInput,
  ): Promise<RolloutWave> {
    await this.tenants.get(scope, tenantId);
    RolloutWavesService.validate(input);
    await this.checkGroup(tenantId, input.groupId!);
    try {
      return await this.repo.create({
        tenantId,
        name: input.name!.trim(),
        groupId: input.groupId!,
        order: input.order!,
        plannedAt: input.plannedAt ?? null,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'P2002')
        throw new DomainError(
          'CONFLICT',
          `group ${input.groupId} is already a wave of this tenant`,
          [],
          { code: 'WAVE_GROUP_TAKEN', params: { groupId: input.groupId! } },
        );
      throw err;
    }
  }

  /**
   * Makes a wave of every group of the newest entra data whose name matches, in natural name
   * order ("Pilot wave 1", "Wave 2", …). Used to set up the demo tenant.
   */
  async createFromGroups(
    scope: TenantScope,
    tenantId: string,
    match: RegExp,
  ): Promise<RolloutWave[]> {
    await this.tenants.get(scope, tenantId);
    const groups = ((await this.repo.entraGroups(tenantId)) ?? [])
      .filter((g) => g.id && match.test(g.displayName ?? ''))
      .sort((a, b) =>
        (a.displayName ?? '').localeCompare(b.displayName ?? '', 'en', { numeric: true }),
      );
    const out: RolloutWave[] = [];
    for (const [i, g] of groups.entries()) {
      out.push(
        await this.create(scope, tenantId, {
          name: g.displayName ?? g.id,
          groupId: g.id,
          order: i + 1,
        }),
      );
    }
    return out;
  }

  async get(scope: TenantScope, id: string): Promise<RolloutWave> {
    const w = await this.repo.find(scope, id);
    if (!w) throw new NotFound(`rollout wave ${id}`);
    return w;
  }

  list(scope: TenantScope, args: ListArgs, f: WaveFilter = {}): Promise<RolloutWave[]> {
    return this.repo.page(scope, f, args);
  }

  count(scope: TenantScope, f: WaveFilter = {}): Promise<number> {
    return this.repo.count(scope, f);
  }

  /** The pilot wave of each of these tenants, chosen exactly as the checks choose it. */
  async pilotWaveIds(scope: TenantScope, tenantIds: readonly string[]): Promise<Set<string>> {
    const byTenant = new Map<string, RolloutWave[]>();
    for (const w of await this.repo.ofTenants(scope, [...new Set(tenantIds)])) {
      byTenant.set(w.tenantId, [...(byTenant.get(w.tenantId) ?? []), w]);
    }
    const ids = new Set<string>();
    for (const waves of byTenant.values()) {
      const pilot = pilotWave(waves);
      if (pilot) ids.add(pilot.id);
    }
    return ids;
  }

  async update(scope: TenantScope, id: string, input: WaveInput): Promise<RolloutWave> {
    const w = await this.get(scope, id);
    RolloutWavesService.validate(input);
    if (input.groupId && input.groupId !== w.groupId)
      await this.checkGroup(w.tenantId, input.groupId);
    return this.repo.update(w.tenantId, w.id, {
      name: input.name?.trim() || undefined,
      groupId: input.groupId || undefined,
      order: input.order ?? undefined,
      plannedAt: input.plannedAt === undefined ? undefined : input.plannedAt,
    });
  }

  /** The id of the tenant's pilot wave, chosen as the checks choose it (pilotWave), or null. */
  async pilotId(scope: TenantScope, tenantId: string): Promise<string | null> {
    const [id] = await this.pilotWaveIds(scope, [tenantId]);
    return id ?? null;
  }

  async delete(scope: TenantScope, id: string): Promise<RolloutWave> {
    const w = await this.get(scope, id);
    await this.repo.delete(w.tenantId, w.id);
    return w;
  }
}
