import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  InvalidInput,
  NotFound,
  parseTenantSettings,
  tenantSettingsSchema,
  TenantsService,
} from '@posture/jobs';
import type { Tenant } from '@posture/prisma';
import { z } from 'zod';
import type { AuthContext } from '../auth/auth.types.js';
import { ChangeCache } from '../auth/change-cache.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { listArgs, ListArgsDto, ListMetadata } from './models/common.js';
import {
  givenSettings,
  SettingBoundsModel,
  TenantFilter,
  TenantModel,
  TenantSettingsInput,
  TenantSettingsModel,
} from './models/tenant.model.js';

export async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof NotFound) return null;
    throw err;
  }
}

interface JsonSchemaProperty {
  type?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
}

/** Read from jobs' tenantSettingsSchema (its JSON Schema), the one statement of the bounds. */
const SETTING_BOUNDS: SettingBoundsModel[] = Object.entries(
  (
    z.toJSONSchema(tenantSettingsSchema, { io: 'input' }) as {
      properties: Record<string, JsonSchemaProperty>;
    }
  ).properties,
).map(([key, p]) => ({
  key,
  min: p.minimum ?? null,
  max: p.maximum ?? null,
  integer: p.type === 'integer',
  maxItems: p.maxItems ?? null,
  pattern: p.pattern ?? null,
}));

const ids = (f?: TenantFilter | null) => (f?.id ? [f.id, ...(f.ids ?? [])] : (f?.ids ?? null));

@Resolver(() => TenantModel)
export class TenantsResolver {
  constructor(
    @Inject(TenantsService) private readonly tenants: TenantsService,
    @Inject(ChangeCache) private readonly changes: ChangeCache,
  ) {}

  @Query(() => TenantModel, { name: 'Tenant', nullable: true })
  tenant(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string) {
    return orNull(this.tenants.get(auth.scope, id));
  }

  @Query(() => [TenantModel], { name: 'allTenants' })
  allTenants(
    @CurrentAuth() auth: AuthContext,
    @Args() args: ListArgsDto,
    @Args('filter', { type: () => TenantFilter, nullable: true }) filter?: TenantFilter,
  ) {
    return this.tenants.list(auth.scope, listArgs(args), { q: filter?.q, ids: ids(filter) });
  }

  @Query(() => ListMetadata, { name: '_allTenantsMeta' })
  async allTenantsMeta(
    @CurrentAuth() auth: AuthContext,
    @Args('page', { type: () => Int, nullable: true }) _page?: number,
    @Args('perPage', { type: () => Int, nullable: true }) _perPage?: number,
    @Args('filter', { type: () => TenantFilter, nullable: true }) filter?: TenantFilter,
  ) {
    return { count: await this.tenants.count(auth.scope, { q: filter?.q, ids: ids(filter) }) };
  }

  @Query(() => [SettingBoundsModel], {
    description: 'The bounds of each tenant setting; the mutations check the same ones.',
  })
  tenantSettingsBounds(): SettingBoundsModel[] {
    return SETTING_BOUNDS;
  }

  @Roles('ADMIN')
  @Mutation(() => TenantModel)
  async createTenant(
    @Args('name') name: string,
    @Args('entraTenantId', { type: () => String, nullable: true }) entraTenantId?: string | null,
    @Args('settings', { type: () => TenantSettingsInput, nullable: true })
    settings?: TenantSettingsInput | null,
  ) {
    const created = await this.tenants.create({
      name,
      entraTenantId,
      settings: givenSettings(settings),
    });
    // The next request of this process sees it at once, announcement or not.
    this.changes.changed('tenants');
    return created;
  }

  @Roles('ADMIN')
  @Mutation(() => TenantModel)
  async updateTenant(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('name', { type: () => String, nullable: true }) name?: string | null,
    @Args('entraTenantId', { type: () => String, nullable: true }) entraTenantId?: string | null,
    @Args('settings', {
      type: () => TenantSettingsInput,
      nullable: true,
      description: 'The keys given replace the stored ones; the others are kept.',
    })
    settings?: TenantSettingsInput | null,
  ) {
    const updated = await this.tenants.update(auth.scope, id, {
      name,
      entraTenantId,
      settings: givenSettings(settings),
    });
    this.changes.changed('tenants');
    return updated;
  }

  @ResolveField(() => TenantSettingsModel, {
    nullable: true,
    description:
      'The settings in effect (defaults filled in); null when the stored ones are invalid.',
  })
  settings(@Parent() tenant: Tenant): TenantSettingsModel | null {
    try {
      return parseTenantSettings(tenant.settings);
    } catch (err) {
      if (err instanceof InvalidInput) return null;
      throw err;
    }
  }
}
