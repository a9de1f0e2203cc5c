import { Inject, Injectable } from '@nestjs/common';
import type { Waiver, WaiverScope } from '@posture/prisma';
import { findCheck } from '../checks/registry.js';
import type { ListArgs } from '../common/list-args.js';
import { InvalidInput, NotFound, type InputProblem } from '../errors.js';
import { canSee, type TenantScope } from '../scope.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { WaiversRepository, type WaiverFilter } from './waivers.repository.js';

export type { WaiverFilter };

export interface CreateWaiverInput {
  tenantId: string;
  checkId: string;
  scope: WaiverScope;
  items?: string[] | null;
  reason: string;
  expiresAt: Date;
}

/**
 * How long a waiver may run (it must be looked at again), how long a new one runs by default,
 * how long its reason must be, and how many users or devices it may name.
 */
export const WAIVER_LIMITS = {
  maxDays: 366,
  defaultDays: 30,
  minReasonLength: 5,
  maxItems: 1000,
} as const;
const MAX_WAIVER_DAYS = WAIVER_LIMITS.maxDays;

/**
 * Waivers accept a finding for a while: for the whole tenant or for named users/devices, with a
 * reason, an author and an expiry. Revoking keeps the record (it is history).
 */
@Injectable()
export class WaiversService {
  constructor(
    @Inject(WaiversRepository) private readonly repo: WaiversRepository,
    @Inject(TenantsService) private readonly tenants: TenantsService,
  ) {}

  list(scope: TenantScope, args: ListArgs, f: WaiverFilter = {}): Promise<Waiver[]> {
    return this.repo.page(scope, f, args, new Date());
  }

  count(scope: TenantScope, f: WaiverFilter = {}): Promise<number> {
    return this.repo.count(scope, f, new Date());
  }

  async get(scope: TenantScope, id: string): Promise<Waiver> {
    const w = await this.repo.find(scope, id);
    if (!w) throw new NotFound(`waiver ${id}`);
    return w;
  }

  async create(
    scope: TenantScope,
    author: string,
    input: CreateWaiverInput,
    now = new Date(),
  ): Promise<Waiver> {
    await this.tenants.get(scope, input.tenantId);
    const problems: InputProblem[] = [];
    if (!findCheck(input.checkId))
      problems.push({ path: 'checkId', reason: `no check ${input.checkId} in the catalogue` });
    const items = [
      ...new Set((input.items ?? []).map((i) => i.trim().toLowerCase()).filter(Boolean)),
    ];
    if (input.scope === 'ITEMS' && items.length === 0)
      problems.push({ path: 'items', reason: 'name at least one user or device' });
    if (input.scope === 'TENANT' && items.length > 0)
      problems.push({ path: 'items', reason: 'a tenant-wide waiver names no items' });
    if (items.length > WAIVER_LIMITS.maxItems)
      problems.push({ path: 'items', reason: `at most ${WAIVER_LIMITS.maxItems} items` });
    if (input.reason.trim().length < WAIVER_LIMITS.minReasonLength)
      problems.push({
        path: 'reason',
        reason: `say why (at least ${WAIVER_LIMITS.minReasonLength} characters)`,
      });
    if (input.expiresAt <= now)
      problems.push({ path: 'expiresAt', reason: 'must be in the future' });
    if (input.expiresAt.getTime() > now.getTime() + MAX_WAIVER_DAYS * 86_400_000) {
      problems.push({
        path: 'expiresAt',
        reason: `at most ${MAX_WAIVER_DAYS} days ahead: waivers must be looked at again`,
      });
    }
    if (problems.length)
      throw new InvalidInput(
        `invalid waiver: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`,
        problems,
      );
    return this.repo.create({
      tenantId: input.tenantId,
      checkId: input.checkId,
      scope: input.scope,
      items,
      reason: input.reason.trim(),
      author,
      expiresAt: input.expiresAt,
    });
  }

  async revoke(scope: TenantScope, id: string, now = new Date()): Promise<Waiver> {
    const w = await this.get(scope, id);
    if (!canSee(scope, w.tenantId)) throw new NotFound(`waiver ${id}`);
    if (w.revokedAt) return w;
    return this.repo.revoke(w.tenantId, w.id, now);
  }
}
