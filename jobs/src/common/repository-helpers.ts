import { canSee, type TenantScope } from '../scope.js';
import { isUuid, type ListArgs } from './list-args.js';

/**
 * Paging, sorting and tenant scoping, written once for every repository. Repositories speak
 * intent, with the owner (the tenant scope) in every signature: services pass a scope, a filter
 * and ListArgs, and only repositories turn them into queries.
 */

export type SortDirection = 'asc' | 'desc';

/** Prisma's skip/take for a page; a negative page is the first. */
export function pageOf(args: ListArgs): { skip: number; take: number } {
  return { skip: Math.max(0, args.page) * args.perPage, take: args.perPage };
}

export interface Sortable<F extends string> {
  fields: readonly F[];
  /** The field used when none (or an unknown one) is asked for. */
  fallback: F;
  /** The fallback field's direction when no order is asked for; other fields default to asc. */
  fallbackDirection: SortDirection;
}

/** A Prisma orderBy from the caller's sort, restricted to `fields`. */
export function sortOf<F extends string>(
  args: ListArgs,
  sortable: Sortable<F>,
): Partial<Record<F, SortDirection>> {
  const field = (sortable.fields as readonly string[]).includes(args.sortField ?? '')
    ? (args.sortField as F)
    : sortable.fallback;
  const direction: SortDirection = args.sortOrder
    ? args.sortOrder.toUpperCase() === 'ASC'
      ? 'asc'
      : 'desc'
    : field === sortable.fallback
      ? sortable.fallbackDirection
      : 'asc';
  return { [field]: direction } as Partial<Record<F, SortDirection>>;
}

/**
 * A Prisma `where` fragment on `tenantId`: the scope, narrowed to `tenantId` when one is asked
 * for (a tenant outside the scope matches nothing, exactly like a missing one).
 */
export function tenantWhere(
  scope: TenantScope,
  tenantId?: string | null,
): { tenantId?: string | { in: string[] } } {
  if (tenantId) {
    return isUuid(tenantId) && canSee(scope, tenantId) ? { tenantId } : { tenantId: { in: [] } };
  }
  return scope.tenantIds === 'ALL' ? {} : { tenantId: { in: [...scope.tenantIds] } };
}

/** Restricts to the listed ids (those that are not UUIDs match nothing); no list, no limit. */
export function idsWhere(ids?: readonly string[] | null): { id?: { in: string[] } } {
  return ids ? { id: { in: ids.filter(isUuid) } } : {};
}

/** One row by id within the scope, or null when the id cannot name a row (not a UUID). */
export function byIdWhere(
  scope: TenantScope,
  id: string,
): { id: string; tenantId?: string | { in: string[] } } | null {
  return isUuid(id) ? { ...tenantWhere(scope), id } : null;
}
