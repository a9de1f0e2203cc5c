import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, Tenant } from '@posture/prisma';
import { Db } from '../database/db.js';

@Injectable()
export class TenantsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  find(id: string): Promise<Tenant | null> {
    return this.db.prisma.tenant.findUnique({ where: { id } });
  }

  list(args: {
    where: Prisma.TenantWhereInput;
    skip: number;
    take: number;
    orderBy: Prisma.TenantOrderByWithRelationInput;
  }): Promise<Tenant[]> {
    return this.db.prisma.tenant.findMany(args);
  }

  count(where: Prisma.TenantWhereInput): Promise<number> {
    return this.db.prisma.tenant.count({ where });
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
