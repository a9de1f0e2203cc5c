import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, Tenant } from '@posture/prisma';
import { InvalidInput, NotFound } from '../errors.js';
import { canSee, type TenantScope } from '../scope.js';
import { parseTenantSettings, type TenantSettings } from './tenant-settings.js';
import { TenantsRepository } from './tenants.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ListArgs {
  page: number;
  perPage: number;
  sortField?: string | null;
  sortOrder?: string | null;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

@Injectable()
export class TenantsService {
  constructor(@Inject(TenantsRepository) private readonly repo: TenantsRepository) {}

  /** The tenant, if the scope may see it; otherwise exactly the same answer as a missing one. */
  async get(scope: TenantScope, id: string): Promise<Tenant> {
    if (!isUuid(id) || !canSee(scope, id)) throw new NotFound(`tenant ${id}`);
    const t = await this.repo.find(id);
    if (!t) throw new NotFound(`tenant ${id}`);
    return t;
  }

  async settings(scope: TenantScope, id: string): Promise<TenantSettings> {
    return parseTenantSettings((await this.get(scope, id)).settings);
  }

  private where(
    scope: TenantScope,
    filter: { q?: string | null; ids?: string[] | null },
  ): Prisma.TenantWhereInput {
    const and: Prisma.TenantWhereInput[] = [];
    if (scope.tenantIds !== 'ALL') and.push({ id: { in: [...scope.tenantIds] } });
    if (filter.ids) and.push({ id: { in: filter.ids.filter(isUuid) } });
    if (filter.q) and.push({ name: { contains: filter.q, mode: 'insensitive' } });
    return { AND: and };
  }

  list(
    scope: TenantScope,
    args: ListArgs,
    filter: { q?: string | null; ids?: string[] | null } = {},
  ): Promise<Tenant[]> {
    const field =
      args.sortField && ['name', 'createdAt', 'id'].includes(args.sortField)
        ? args.sortField
        : 'name';
    return this.repo.list({
      where: this.where(scope, filter),
      skip: args.page * args.perPage,
      take: args.perPage,
      orderBy: { [field]: args.sortOrder?.toUpperCase() === 'DESC' ? 'desc' : 'asc' },
    });
  }

  count(
    scope: TenantScope,
    filter: { q?: string | null; ids?: string[] | null } = {},
  ): Promise<number> {
    return this.repo.count(this.where(scope, filter));
  }

  async create(input: {
    name: string;
    entraTenantId?: string | null;
    settings?: unknown;
  }): Promise<Tenant> {
    const name = input.name.trim();
    if (!name)
      throw new InvalidInput('name must not be empty', [
        { path: 'name', reason: 'must not be empty' },
      ]);
    if (input.entraTenantId && !isUuid(input.entraTenantId)) {
      throw new InvalidInput('entraTenantId must be a GUID', [
        { path: 'entraTenantId', reason: 'must be a GUID' },
      ]);
    }
    const settings = parseTenantSettings(input.settings ?? {});
    return this.repo.create({ name, entraTenantId: input.entraTenantId ?? null, settings });
  }

  async update(
    scope: TenantScope,
    id: string,
    input: { name?: string | null; entraTenantId?: string | null; settings?: unknown },
  ): Promise<Tenant> {
    const current = await this.get(scope, id);
    if (input.entraTenantId && !isUuid(input.entraTenantId)) {
      throw new InvalidInput('entraTenantId must be a GUID', [
        { path: 'entraTenantId', reason: 'must be a GUID' },
      ]);
    }
    const settings =
      input.settings === undefined || input.settings === null
        ? undefined
        : parseTenantSettings({ ...(current.settings as object), ...(input.settings as object) });
    return this.repo.update(id, {
      name: input.name?.trim() || undefined,
      entraTenantId: input.entraTenantId === undefined ? undefined : input.entraTenantId,
      settings,
    });
  }
}
