import { isUuid } from './common/list-args.js';

/**
 * What a caller may see: every tenant, or a fixed list. Every service method that reads or
 * writes tenant data takes one, so tenant isolation is enforced below the transport layer.
 */
export interface TenantScope {
  tenantIds: 'ALL' | readonly string[];
  /**
   * What one request reads more than once and may share between its fields (the tenants'
   * retention, read by a list page and by its count): each request's scope gets its own map
   * (api/src/auth/auth.service.ts), so nothing outlives the request. Scopes without one (jobs,
   * the CLI) read every time.
   */
  readonly requestMemo?: Map<string, Promise<unknown>>;
  /**
   * Reads kept across requests while PostgreSQL announces every change to the tables they were
   * read from (api/src/auth/change-cache.ts): the API's scopes have it, jobs and the CLI read
   * every time.
   */
  readonly shared?: SharedReads;
}

/** A process-wide cache of reads, each dropped when a table it was read from changes. */
export interface SharedReads {
  /** The read under `key`, of rows of `tables`: cached, or read by `load` (and kept when found). */
  get<T extends object>(
    key: string,
    tables: readonly string[],
    load: () => Promise<T | null>,
  ): Promise<T | null>;
}

export const ALL_TENANTS: TenantScope = { tenantIds: 'ALL' };

export function canSee(scope: TenantScope, tenantId: string): boolean {
  return scope.tenantIds === 'ALL' || scope.tenantIds.includes(tenantId);
}

/** The tenant ids a raw SQL query may read (null = every tenant), narrowed to `tenantId` if given. */
export function scopeTenantIds(scope: TenantScope, tenantId?: string | null): string[] | null {
  if (tenantId) return isUuid(tenantId) && canSee(scope, tenantId) ? [tenantId] : [];
  return scope.tenantIds === 'ALL' ? null : [...scope.tenantIds];
}
