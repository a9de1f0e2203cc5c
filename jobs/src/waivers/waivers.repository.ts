import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, Waiver, WaiverScope } from '@posture/prisma';
import { Db } from '../database/db.js';

@Injectable()
export class WaiversRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  create(data: {
    tenantId: string;
    checkId: string;
    scope: WaiverScope;
    items: string[];
    reason: string;
    author: string;
    expiresAt: Date;
  }): Promise<Waiver> {
    return this.db.prisma.waiver.create({ data });
  }

  find(where: Prisma.WaiverWhereInput): Promise<Waiver | null> {
    return this.db.prisma.waiver.findFirst({ where });
  }

  list(
    where: Prisma.WaiverWhereInput,
    orderBy: Prisma.WaiverOrderByWithRelationInput,
    skip: number,
    take: number,
  ): Promise<Waiver[]> {
    return this.db.prisma.waiver.findMany({ where, orderBy, skip, take });
  }

  count(where: Prisma.WaiverWhereInput): Promise<number> {
    return this.db.prisma.waiver.count({ where });
  }

  update(tenantId: string, id: string, data: Prisma.WaiverUpdateInput): Promise<Waiver> {
    return this.db.prisma.waiver.update({ where: { tenantId_id: { tenantId, id } }, data });
  }
}
