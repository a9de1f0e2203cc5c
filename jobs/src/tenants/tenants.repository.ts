import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, Tenant } from '@posture/prisma';
import type { ListArgs } from '../common/list-args.js';
import { idsWhere, pageOf, sortOf } from '../common/repository-helpers.js';
import { Db } from '../database/db.js';
import type { TenantScope } from '../scope.js';

export interface TenantFilter {
  q?: string | null;
  ids?: string[] | null;
}

@Injectable()
export class TenantsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  find(id: string): Promise<Tenant | null> {
    return this.db.prisma.tenant.findUnique({ where: { id } });
  }

  private where(scope: TenantScope, filter: TenantFilter): Prisma.TenantWhereInput {
    const and: Prisma.TenantWhereInput[] = [];
    if (scope.tenantIds !== 'ALL') and.push({ id: { in: [...scope.tenantIds] } });
    if (filter.ids) and.push(idsWhere(filter.ids));
    if (filter.q) and.push({ name: { contains: filter.q, mode: 'insensitive' } });
    return { AND: and };
  }

  /** The tenants the scope may see, matching the filter, one page of them. */
  page(scope: TenantScope, filter: TenantFilter, args: ListArgs): Promise<Tenant[]> {
    return this.db.prisma.tenant.findMany({
      where: this.where(scope, filter),
      orderBy: sortOf(args, {
        fields: ['name', 'createdAt', 'id'],
        fallback: 'name',
        fallbackDirection: 'asc',
      }),
      ...pageOf(args),
    });
  }

  count(scope: TenantScope, filter: TenantFilter): Promise<number> {
    return this.db.prisma.tenant.count({ where: this.where(scope, filter) });
  }

  create(data: { name: string; entraTenantId: string | null; settings: object }): Promise<Tenant> {
    return this.db.prisma.tenant.create({ data });
  }

  update(
    id: string,
    data: { name?: string; entraTenantId?: string | null; settings?: object },
  ): Promise<Tenant> {
    return this.db.prisma.tenant.update({ where: { id }, data });
  }

  async delete(id: string): Promise<void> {
    await this.db.prisma.tenant.delete({ where: { id } });
  }
}
