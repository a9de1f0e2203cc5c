/**
 * What a caller may see: every tenant, or a fixed list. Every service method that reads or
 * writes tenant data takes one, so tenant isolation is enforced below the transport layer.
 */
export interface TenantScope {
  tenantIds: 'ALL' | readonly string[];
}

export const ALL_TENANTS: TenantScope = { tenantIds: 'ALL' };

export function canSee(scope: TenantScope, tenantId: string): boolean {
  return scope.tenantIds === 'ALL' || scope.tenantIds.includes(tenantId);
}

/** A Prisma `where` fragment restricting to the scope (and to `tenantId` when asked for). */
export function tenantWhere(
  scope: TenantScope,
  tenantId?: string | null,
): { tenantId?: string | { in: string[] } } {
  if (tenantId) {
    return canSee(scope, tenantId) ? { tenantId } : { tenantId: { in: [] } };
  }
  return scope.tenantIds === 'ALL' ? {} : { tenantId: { in: [...scope.tenantIds] } };
}

/** The tenant ids a raw SQL query may read (null = every tenant), narrowed to `tenantId` if given. */
export function scopeTenantIds(scope: TenantScope, tenantId?: string | null): string[] | null {
  if (tenantId) return canSee(scope, tenantId) ? [tenantId] : [];
  return scope.tenantIds === 'ALL' ? null : [...scope.tenantIds];
}
