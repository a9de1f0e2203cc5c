import { Inject, Injectable } from '@nestjs/common';
import type { Tenant } from '@posture/prisma';
import { isUuid, type ListArgs } from '../common/list-args.js';
import { InvalidInput, NotFound } from '../errors.js';
import { canSee, type TenantScope } from '../scope.js';
import { parseTenantSettings, type TenantSettings } from './tenant-settings.js';
import { TenantsRepository, type TenantFilter } from './tenants.repository.js';

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

  /** The tenants the scope may see, one page of them. */
  list(scope: TenantScope, args: ListArgs, filter: TenantFilter = {}): Promise<Tenant[]> {
    return this.repo.page(scope, filter, args);
  }

  count(scope: TenantScope, filter: TenantFilter = {}): Promise<number> {
    return this.repo.count(scope, filter);
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
    checkTenantName(name);
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
    if (input.name) checkTenantName(input.name.trim());
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

/** Characters in a tenant's name (docs/api.md). */
export const TENANT_NAME_MAX_CHARS = 200;

function checkTenantName(name: string): void {
  if (name.length > TENANT_NAME_MAX_CHARS)
    throw new InvalidInput(`name is longer than ${TENANT_NAME_MAX_CHARS} characters`, [
      { path: 'name', reason: `at most ${TENANT_NAME_MAX_CHARS} characters` },
    ]);
}
