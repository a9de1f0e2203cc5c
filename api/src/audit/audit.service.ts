import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db, InvalidInput, isUuid, type ListArgs, type TenantScope } from '@posture/jobs';
import type { AuditEvent, AuditOutcome, Prisma, Role } from '@posture/prisma';
import { redactArgs } from './redact.js';

/** What one audited action says about itself. */
export interface AuditRecord {
  actor: string;
  actorRole?: Role | null;
  userId?: string | null;
  tokenId?: string | null;
  action: string;
  outcome: AuditOutcome;
  tenantId?: string | null;
  targetId?: string | null;
  args?: unknown;
  error?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditFilter {
  tenantId?: string | null;
  actor?: string | null;
  action?: string | null;
  outcome?: AuditOutcome | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The audit log: written for every mutation (audit.interceptor.ts), every refusal (the guard)
 * and the CLI; read by ADMINs. Rows are never changed (a trigger refuses it). A failure to write
 * is logged and does not undo the action, which has already committed.
 */
@Injectable()
export class AuditService {
  private readonly log = new Logger('Audit');

  constructor(@Inject(Db) private readonly db: Db) {}

  async record(r: AuditRecord): Promise<void> {
    try {
      await this.db.prisma.auditEvent.create({
        data: {
          actor: r.actor.slice(0, 320),
          actorRole: r.actorRole ?? null,
          userId: r.userId && isUuid(r.userId) ? r.userId : null,
          tokenId: r.tokenId && isUuid(r.tokenId) ? r.tokenId : null,
          action: r.action.slice(0, 200),
          outcome: r.outcome,
          tenantId: r.tenantId && isUuid(r.tenantId) ? r.tenantId : null,
          targetId: r.targetId?.slice(0, 200) ?? null,
          args: (redactArgs(r.args ?? {}) ?? {}) as Prisma.InputJsonValue,
          error: r.error?.slice(0, 1000) ?? null,
          ip: r.ip?.slice(0, 100) ?? null,
          userAgent: r.userAgent?.slice(0, 300) ?? null,
        },
      });
    } catch (err) {
      this.log.error(`could not record ${r.outcome} ${r.action} by ${r.actor}: ${String(err)}`);
    }
  }

  private where(scope: TenantScope, f: AuditFilter): Prisma.AuditEventWhereInput {
    if (f.tenantId && !isUuid(f.tenantId)) {
      throw new InvalidInput('tenantId is not an id', [{ path: 'tenantId', reason: 'not a UUID' }]);
    }
    // An ADMIN limited to some tenants sees the events of those tenants only.
    const seen = scope.tenantIds;
    const tenants =
      seen === 'ALL'
        ? f.tenantId
          ? { tenantId: f.tenantId }
          : {}
        : {
            tenantId: {
              in: f.tenantId ? seen.filter((t) => t === f.tenantId) : [...seen],
            },
          };
    return {
      ...tenants,
      ...(f.actor?.trim()
        ? { actor: { contains: f.actor.trim(), mode: 'insensitive' as const } }
        : {}),
      ...(f.action?.trim()
        ? { action: { contains: f.action.trim(), mode: 'insensitive' as const } }
        : {}),
      ...(f.outcome ? { outcome: f.outcome } : {}),
      ...(f.from || f.to
        ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
        : {}),
    };
  }

  /** Newest first, paged by key (at, id) through offset pages of at most 1,000. */
  list(scope: TenantScope, args: ListArgs, f: AuditFilter = {}): Promise<AuditEvent[]> {
    const dir = args.sortOrder?.toUpperCase() === 'ASC' ? ('asc' as const) : ('desc' as const);
    return this.db.prisma.auditEvent.findMany({
      where: this.where(scope, f),
      orderBy: [{ at: dir }, { id: dir }],
      skip: args.page * args.perPage,
      take: args.perPage,
    });
  }

  count(scope: TenantScope, f: AuditFilter = {}): Promise<number> {
    return this.db.prisma.auditEvent.count({ where: this.where(scope, f) });
  }

  async get(scope: TenantScope, id: string): Promise<AuditEvent | null> {
    if (!isUuid(id)) return null;
    return this.db.prisma.auditEvent.findFirst({ where: { ...this.where(scope, {}), id } });
  }
}
