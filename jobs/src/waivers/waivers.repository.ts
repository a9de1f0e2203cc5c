import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, Waiver, WaiverScope } from '@posture/prisma';
import type { ListArgs } from '../common/list-args.js';
import { byIdWhere, idsWhere, pageOf, sortOf, tenantWhere } from '../common/repository-helpers.js';
import { Db } from '../database/db.js';
import type { TenantScope } from '../scope.js';

export interface WaiverFilter {
  tenantId?: string | null;
  checkId?: string | null;
  /** true: not expired and not revoked; false: expired or revoked. */
  active?: boolean | null;
  ids?: string[] | null;
}

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

  find(scope: TenantScope, id: string): Promise<Waiver | null> {
    const where = byIdWhere(scope, id);
    return where ? this.db.prisma.waiver.findFirst({ where }) : Promise.resolve(null);
  }

  private where(scope: TenantScope, f: WaiverFilter, now: Date): Prisma.WaiverWhereInput {
    const and: Prisma.WaiverWhereInput[] = [tenantWhere(scope, f.tenantId)];
    if (f.checkId) and.push({ checkId: f.checkId });
    if (f.ids) and.push(idsWhere(f.ids));
    if (f.active === true) and.push({ revokedAt: null, expiresAt: { gt: now } });
    if (f.active === false)
      and.push({ OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: now } }] });
    return { AND: and };
  }

  page(scope: TenantScope, f: WaiverFilter, args: ListArgs, now: Date): Promise<Waiver[]> {
    return this.db.prisma.waiver.findMany({
      where: this.where(scope, f, now),
      orderBy: sortOf(args, {
        fields: ['expiresAt', 'createdAt', 'checkId'],
        fallback: 'expiresAt',
        fallbackDirection: 'asc',
      }),
      ...pageOf(args),
    });
  }

  count(scope: TenantScope, f: WaiverFilter, now: Date): Promise<number> {
    return this.db.prisma.waiver.count({ where: this.where(scope, f, now) });
  }

  revoke(tenantId: string, id: string, at: Date): Promise<Waiver> {
    return this.db.prisma.waiver.update({
      where: { tenantId_id: { tenantId, id } },
      data: { revokedAt: at },
    });
  }
}
