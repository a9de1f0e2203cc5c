import { Inject, Injectable } from '@nestjs/common';
import { isUuid, type ListArgs } from '../common/list-args.js';
import { pageOf } from '../common/repository-helpers.js';
import { dayOf, utcDayEnd, utcDayStart } from '../common/sign-in-days.js';
import { Db } from '../database/db.js';
import { InvalidInput } from '../errors.js';
import { DEFAULT_TENANT_SETTINGS } from '../tenants/tenant-settings.js';
import { scopeTenantIds, type TenantScope } from '../scope.js';

export interface SignInFilter {
  tenantId?: string | null;
  /** One clientAppUsed value, case-insensitive (kept beside `protocols`; both apply). */
  protocol?: string | null;
  /** clientAppUsed values, case-insensitive; empty or absent: every protocol. */
  protocols?: string[] | null;
  legacyOnly?: boolean | null;
  success?: boolean | null;
  /** Start of the userPrincipalName, case-insensitive (UPNs are stored lower-case). */
  user?: string | null;
  /** Start of the appDisplayName, case-insensitive. */
  app?: string | null;
  from?: Date | null;
  to?: Date | null;
  ids?: string[] | null;
}

export interface SignInRowView {
  id: string;
  tenantId: string;
  createdAt: Date;
  userPrincipalName: string | null;
  appDisplayName: string | null;
  resourceDisplayName: string | null;
  clientAppUsed: string | null;
  isLegacy: boolean;
  isExchange: boolean;
  success: boolean;
  errorCode: number | null;
  isInteractive: boolean | null;
  authenticationRequirement: string | null;
  conditionalAccessStatus: string | null;
  operatingSystem: string | null;
  ipAddress: string | null;
  userAgent: string | null;
}

export interface MobileDeviceFilter {
  tenantId?: string | null;
  q?: string | null;
  accessState?: string | null;
}

/**
 * The sort keys of the sign-in list. Every order ends with (created_at, id) and, across
 * tenants, tenant_id, all in one direction, so a page boundary is one row value and the next
 * page a keyset seek. Each leading key is the expression of an index that starts with
 * tenant_id and ends with (created_at, id) (migration 20261202120000_signin_browse), so per
 * tenant the index serves both the filter and the order: no sort, no OFFSET over the table.
 */
const LEADS: Record<string, string | null> = {
  createdAt: null,
  userPrincipalName: "coalesce(user_principal_name, '')",
  clientAppUsed: "lower(coalesce(client_app_used, ''))",
};

/** Which sign-ins a per-day chart counts: whole UTC days, from the sign-in protocol rollup. */
export interface SignInDayFilter {
  tenantId?: string | null;
  /** First day counted (midnight UTC at or before); default 30 days before `to`. */
  from?: Date | null;
  /** Last day counted (the UTC day holding it); default now. */
  to?: Date | null;
  legacyOnly?: boolean | null;
  /** clientAppUsed values, case-insensitive; empty or absent: every protocol. */
  protocols?: string[] | null;
  success?: boolean | null;
}

/** Sign-ins of one UTC day, protocol, legacy flag and outcome, summed over the scope's tenants. */
export interface SignInDayCount {
  day: string;
  protocol: string | null;
  legacy: boolean;
  success: boolean;
  count: number;
}

/** A per-day chart reads at most this many days. */
export const MAX_SIGN_IN_DAYS = 400;

/**
 * Counts of a filter by user, app or ids are exact up to this many rows; beyond it the planner's
 * estimate, marked as one (countSignIns).
 */
export const EXACT_COUNT_LIMIT = 10_000;

/** A total that may be PostgreSQL's estimate (beyond EXACT_COUNT_LIMIT rows). */
export interface ListTotal {
  count: number;
  isEstimate: boolean;
}

/**
 * Most page boundaries one process remembers (BrowseRepository.boundaries), and for how long.
 * An entry is its key (tenant id, filter JSON, offset) and four short strings: a few hundred
 * bytes, so a few MB at most (estimated, not measured).
 */
export const PAGE_BOUNDARY_CACHE_MAX = 10_000;
export const PAGE_BOUNDARY_TTL_MS = 10 * 60_000;

/**
 * Where a page of a tenant's newest-first list starts (the last row of the page before it), as
 * of `version`: the sign_in_freshness row's xmin, which every insert into the tenant's sign-ins
 * (its rollup trigger) and every delete (20261205090000_sign_in_deletes_touch_freshness) replaces.
 */
interface PageBoundary {
  version: string;
  /** created_at in microseconds, as text. */
  t: string;
  i: string;
  at: number;
}

/** The tenant's sign-in version, read in the statement's own snapshot ('' before any sign-in). */
const VERSION_SQL = (tenant: string) =>
  `(SELECT coalesce((SELECT xmin::text FROM sign_in_freshness WHERE tenant_id = ${tenant}), '') AS version)`;

/** Where a page of sign-ins starts: after the row this cursor was read from. */
interface SignInCursor {
  /** created_at in microseconds, as text (JavaScript dates keep milliseconds only). */
  t: string;
  i: string;
  n: string;
  u: string;
  c: string;
}

/** The cursor of a row, opaque to clients: base64url JSON of every sort key. */
function encodeCursor(c: SignInCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(cursor: string): SignInCursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Partial<SignInCursor>;
    if (
      [c.t, c.i, c.n, c.u, c.c].every((v) => typeof v === 'string') &&
      !Number.isNaN(Date.parse(c.t!)) &&
      isUuid(c.n!)
    ) {
      return c as SignInCursor;
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidInput('after is not a cursor of this list', [
    { path: 'after', reason: 'must be the cursor of a row of this list' },
  ]);
}

/** A timestamptz column as UTC text in microseconds (a cursor's `t`). */
const CURSOR_T = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const COLUMNS = `id, tenant_id, created_at, user_principal_name, app_display_name, resource_display_name,
  client_app_used, is_legacy, is_exchange, is_success, error_code, is_interactive, authentication_requirement,
  conditional_access_status, operating_system, ip_address, user_agent, ${CURSOR_T('created_at')} AS cursor_t,
  coalesce(user_principal_name, '') AS cursor_u, lower(coalesce(client_app_used, '')) AS cursor_c`;

/** Longest user or app prefix a filter accepts. */
export const MAX_PREFIX_LENGTH = 256;

/** Most protocols one filter names. */
export const MAX_PROTOCOLS = 20;

/** A LIKE pattern matching every lower-case text starting with `prefix` (\\ is LIKE's escape). */
export function prefixPattern(prefix: string): string {
  return `${prefix.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Clear errors for filter values past their limits. */
export function checkSignInFilter(q: SignInFilter): void {
  const problems: Array<{ path: string; reason: string }> = [];
  for (const key of ['user', 'app'] as const) {
    if ((q[key]?.length ?? 0) > MAX_PREFIX_LENGTH)
      problems.push({ path: key, reason: `at most ${MAX_PREFIX_LENGTH} characters` });
  }
  if ((q.protocols?.length ?? 0) > MAX_PROTOCOLS)
    problems.push({ path: 'protocols', reason: `at most ${MAX_PROTOCOLS} protocols` });
  if (problems.length) throw new InvalidInput('sign-in filter out of limits', problems);
}

/** A tenant and how many days of its sign-ins it keeps. */
interface RetentionRow {
  id: string;
  days: number;
}

/** One tenant the scope may read, and the oldest sign-in its retention still shows. */
interface TenantFloor {
  id: string;
  floor: Date;
}

/** A sign-in row as the list shows it; its cursor is encoded only when read. */
function toRowView(r: Record<string, unknown>): SignInRowView & { cursor: string } {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    createdAt: r.created_at as Date,
    userPrincipalName: r.user_principal_name as string | null,
    appDisplayName: r.app_display_name as string | null,
    resourceDisplayName: r.resource_display_name as string | null,
    clientAppUsed: r.client_app_used as string | null,
    isLegacy: r.is_legacy as boolean,
    isExchange: r.is_exchange as boolean,
    success: r.is_success as boolean,
    errorCode: r.error_code as number | null,
    isInteractive: r.is_interactive as boolean | null,
    authenticationRequirement: r.authentication_requirement as string | null,
    conditionalAccessStatus: r.conditional_access_status as string | null,
    operatingSystem: r.operating_system as string | null,
    ipAddress: r.ip_address as string | null,
    userAgent: r.user_agent as string | null,
    // Encoded only when read: most pages never ask for their rows' cursors.
    get cursor() {
      return encodeCursor({
        t: r.cursor_t as string,
        i: r.id as string,
        n: r.tenant_id as string,
        u: r.cursor_u as string,
        c: r.cursor_c as string,
      });
    },
  };
}

/**
 * The cache key of a newest-first page of one tenant: every filter but the start (which moves
 * no boundary, see signIns) and ids (a lookup by id is never paged).
 */
function pageKey(tenantId: string, q: SignInFilter): string {
  return JSON.stringify([
    tenantId,
    q.protocol?.toLowerCase() ?? null,
    (q.protocols ?? []).map((x) => x.toLowerCase()).sort(),
    !!q.legacyOnly,
    q.success ?? null,
    q.user?.toLowerCase() ?? null,
    q.app?.toLowerCase() ?? null,
    q.to?.toISOString() ?? null,
  ]);
}

/** Stored sign-ins and mobile devices, for browsing: always paged, filtered in SQL. */
@Injectable()
export class BrowseRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /**
   * Page boundaries of single-tenant, newest-first lists, by tenant, filter and offset: a page
   * by number whose boundary is known is a keyset seek, not an OFFSET over the index. An entry
   * is used only while the tenant's sign-in version is unchanged, checked in the page's own
   * statement; oldest-used entries go first past PAGE_BOUNDARY_CACHE_MAX.
   */
  private readonly boundaries = new Map<string, PageBoundary>();

  private boundary(key: string): PageBoundary | null {
    const b = this.boundaries.get(key);
    if (!b) return null;
    this.boundaries.delete(key);
    if (Date.now() - b.at > PAGE_BOUNDARY_TTL_MS) return null;
    this.boundaries.set(key, b);
    return b;
  }

  private remember(key: string, b: Omit<PageBoundary, 'at'>): void {
    this.boundaries.delete(key);
    this.boundaries.set(key, { ...b, at: Date.now() });
    while (this.boundaries.size > PAGE_BOUNDARY_CACHE_MAX) {
      this.boundaries.delete(this.boundaries.keys().next().value!);
    }
  }

  /**
   * The tenants a sign-in query reads, each with its floor: the later of the asked start
   * (default: the last 30 days, so a browse never reads every partition) and the tenant's
   * retention (`signInRetentionDays`). Partitions are shared by tenants and dropped only past
   * the longest retention (jobs/src/retention/partitions.service.ts), so rows a shorter retention has
   * expired are still stored: every read hides them here.
   */
  private async floors(scope: TenantScope, q: SignInFilter): Promise<TenantFloor[]> {
    checkSignInFilter(q);
    const ids = scopeTenantIds(scope, q.tenantId);
    if (ids && ids.length === 0) return [];
    // A list page and its count ask for the same tenants in one request: read once. Across
    // requests the API keeps the read until a tenant changes (scope.shared).
    const key = `browse.retention:${ids?.join(',') ?? '*'}`;
    let read = scope.requestMemo?.get(key) as Promise<RetentionRow[] | null> | undefined;
    if (!read) {
      const load = () =>
        this.db.pool
          .query<RetentionRow>(
            `SELECT id, coalesce((settings->>'signInRetentionDays')::int, $2) AS days
               FROM tenants WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]) ORDER BY id`,
            [ids, DEFAULT_TENANT_SETTINGS.signInRetentionDays],
          )
          .then((r) => r.rows);
      read = scope.shared ? scope.shared.get(key, ['tenants'], load) : load();
      scope.requestMemo?.set(key, read);
    }
    const rows = (await read) ?? [];
    const now = Date.now();
    const asked = (q.from ?? new Date(now - 30 * 86_400_000)).getTime();
    return rows.map((r) => ({
      id: r.id,
      floor: new Date(Math.max(asked, now - r.days * 86_400_000)),
    }));
  }

  /**
   * Whether a statement with signInWhere's filter of `q` is planned well without its values
   * (Db.prepared): a tenant, a start, an end, legacy and outcome (written into the text) are;
   * a user or app prefix is not (LIKE on a parameter cannot be an index range), nor are ids, nor
   * a protocol (a rare one is read on its index, a common one in time order).
   */
  private static genericPlanFits(q: SignInFilter): boolean {
    return !q.user && !q.app && !q.ids && !q.protocol && !q.protocols?.length;
  }

  /** A read of sign-ins: Db.prepared where the filter allows it, else an ordinary statement. */
  private read<R extends Record<string, unknown>>(
    q: SignInFilter,
    text: string,
    values: unknown[],
  ): Promise<{ rows: R[] }> {
    return BrowseRepository.genericPlanFits(q)
      ? this.db.prepared<R>(text, values)
      : this.db.pool.query<R>(text, values);
  }

  /**
   * The filter of one tenant's sign-ins, `tenant` and `floor` being SQL for its id and start
   * (a parameter, or a lateral column in a multi-tenant merge).
   */
  private signInWhere(
    q: SignInFilter,
    tenant: string,
    floor: string,
    p: (v: unknown) => string,
  ): string {
    const and = [`tenant_id = ${tenant}`, `created_at >= ${floor}`];
    if (q.protocol) and.push(`lower(coalesce(client_app_used, '')) = lower(${p(q.protocol)})`);
    if (q.protocols?.length) {
      const lowered = q.protocols.map((x) => x.toLowerCase());
      and.push(`lower(coalesce(client_app_used, '')) = ANY(${p(lowered)}::text[])`);
    }
    if (q.legacyOnly) and.push('is_legacy');
    if (q.success === true) and.push('is_success');
    if (q.success === false) and.push('NOT is_success');
    // Prefixes: LIKE 'abc%' on a text_pattern_ops index (20261202180000_signin_filters) is one
    // index range; the pattern's own % and _ are escaped, so they match themselves.
    if (q.user) and.push(`coalesce(user_principal_name, '') LIKE ${p(prefixPattern(q.user))}`);
    if (q.app) and.push(`lower(coalesce(app_display_name, '')) LIKE ${p(prefixPattern(q.app))}`);
    if (q.to) and.push(`created_at < ${p(q.to)}`);
    if (q.ids) and.push(`id = ANY(${p(q.ids)}::text[])`);
    return and.join(' AND ');
  }

  /**
   * One page of the sign-ins the scope may see, newest first unless asked otherwise. After a
   * cursor (`after`, the `cursor` of the previous page's last row) the page is a keyset seek;
   * a page number without one finds its boundary on the index first, reading sort keys only.
   * One tenant is one index range in order; several are merged, each read in its own order.
   */
  async signIns(
    scope: TenantScope,
    q: SignInFilter,
    args: ListArgs,
  ): Promise<Array<SignInRowView & { cursor: string }>> {
    const tenants = await this.floors(scope, q);
    if (tenants.length === 0) return [];
    const { skip, take } = pageOf(args);
    const lead = LEADS[args.sortField ?? ''] ?? null;
    const dir = args.sortOrder?.toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
    const cmp = dir === 'ASC' ? '>' : '<';
    const keys = [...(lead ? [lead] : []), 'created_at', 'id'];
    const order = keys.map((k) => `${k} ${dir}`).join(', ');
    const after = args.after ? decodeCursor(args.after) : null;
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const leadValue = (c: SignInCursor) =>
      lead === null ? [] : [p(lead === LEADS.userPrincipalName ? c.u : c.c)];
    let rows: Array<Record<string, unknown>>;
    if (tenants.length === 1) {
      const [t] = tenants as [TenantFloor];
      const tenant = p(t.id);
      const where = this.signInWhere(q, tenant, `${p(t.floor)}::timestamptz`, p);
      const boundary = after && after.n === t.id ? after : null;
      if (after && !boundary) return [];
      // Newest first by time (the list's default), a page's boundary depends only on the rows
      // newer than it: an insert or a delete of the tenant's sign-ins moves it, a later start,
      // a shorter retention or time passing do not (they take away older rows only; past the
      // boundary the seek finds nothing, as the OFFSET would). So it is remembered by version.
      const key = !after && lead === null && dir === 'DESC' && !q.ids ? pageKey(t.id, q) : null;
      // (The first page needs no boundary, and the second's OFFSET is over one page.)
      if (key !== null && skip > 0)
        return this.newestPage(key, q, tenant, where, order, skip, take, params, p);
      if (!boundary && skip > 0) {
        // A page number without a cursor: its boundary, the last row of the previous page, is
        // found on the index and the page seeks after it, in one statement (the seek is a
        // lateral index range on the boundary's keys). Only the sort's own keys are read to find
        // the boundary, so on the primary key (time order) it is an index-only scan once VACUUM
        // has set the visibility map (SignInStatistics after bulk loads).
        ({ rows } = await this.db.pool.query(
          `SELECT s.* FROM (SELECT ${lead === null ? '' : `${lead} AS lead, `}created_at, id
                              FROM sign_ins WHERE ${where} ORDER BY ${order} LIMIT 1 OFFSET ${Number(skip - 1)}) b
           CROSS JOIN LATERAL (
             SELECT ${COLUMNS} FROM sign_ins
              WHERE ${where} AND (${keys.join(', ')}) ${cmp} (${[...(lead === null ? [] : ['b.lead']), 'b.created_at', 'b.id'].join(', ')})
              ORDER BY ${order} LIMIT ${Number(take)}) s`,
          params,
        ));
      } else {
        const seek = boundary
          ? ` AND (${keys.join(', ')}) ${cmp} (${[...leadValue(boundary), `${p(boundary.t)}::timestamptz`, p(boundary.i)].join(', ')})`
          : '';
        ({ rows } = await this.read(
          q,
          `SELECT ${COLUMNS} FROM sign_ins WHERE ${where}${seek} ORDER BY ${order} LIMIT ${Number(take)}`,
          params,
        ));
      }
      return rows.map(toRowView);
    } else {
      // Several tenants: each tenant's next rows in its index order (one UNION ALL branch per
      // tenant, planned like a single tenant's page), merged. After a cursor each tenant reads
      // up to the boundary (its own ties included) and the merge drops the rest.
      const outerLead =
        lead === null ? [] : [lead === LEADS.userPrincipalName ? 'cursor_u' : 'cursor_c'];
      const outer = [...outerLead, 'created_at', 'id', 'tenant_id'].map((k) => `m.${k}`);
      let outerSeek = '';
      let limit = skip + take;
      let offset = skip;
      let values: string[] = [];
      if (after) {
        values = [...leadValue(after), `${p(after.t)}::timestamptz`, p(after.i)];
        outerSeek = `WHERE (${outer.join(', ')}) ${cmp} (${[...values, `${p(after.n)}::uuid`].join(', ')})`;
        limit = take + 1;
        offset = 0;
      }
      const branches = tenants.map((t) => {
        const where = this.signInWhere(q, `${p(t.id)}::uuid`, `${p(t.floor)}::timestamptz`, p);
        const seek = after ? ` AND (${keys.join(', ')}) ${cmp}= (${values.join(', ')})` : '';
        return `(SELECT ${COLUMNS} FROM sign_ins WHERE ${where}${seek} ORDER BY ${order} LIMIT ${Number(limit)})`;
      });
      ({ rows } = await this.db.pool.query(
        `SELECT m.* FROM (${branches.join(' UNION ALL ')}) m ${outerSeek}
          ORDER BY ${outer.map((k) => `${k} ${dir}`).join(', ')} LIMIT ${Number(take)} OFFSET ${Number(offset)}`,
        params,
      ));
    }
    return rows.map(toRowView);
  }

  /**
   * A page after the first of one tenant's sign-ins, newest first. A page whose boundary this
   * process remembers is one index range (the remembered boundary is used only if the tenant's
   * sign-in version, read in the same statement, is still the one it was found at); any other
   * page finds its boundary on the index first (an OFFSET over the index's keys) and remembers
   * it. Each page also remembers its last row as the next page's boundary, so
   * paging on by number seeks all the way.
   */
  private async newestPage(
    key: string,
    q: SignInFilter,
    tenant: string,
    where: string,
    order: string,
    skip: number,
    take: number,
    params: unknown[],
    p: (v: unknown) => string,
  ): Promise<Array<SignInRowView & { cursor: string }>> {
    const known = this.boundary(`${key}|${skip}`);
    const base = params.length;
    let rows: Array<Record<string, unknown>> | null = null;
    let version = '';
    if (known) {
      const seek = ` AND v.version = ${p(known.version)} AND (created_at, id) < (${p(known.t)}::timestamptz, ${p(known.i)})`;
      const r = await this.read(
        q,
        `SELECT v.version, s.* FROM ${VERSION_SQL(tenant)} v
           LEFT JOIN LATERAL (SELECT ${COLUMNS} FROM sign_ins WHERE ${where}${seek}
                               ORDER BY ${order} LIMIT ${Number(take)}) s ON true`,
        params,
      );
      version = r.rows[0]!.version as string;
      if (known.version === version) rows = r.rows;
    }
    if (rows === null) {
      // Not remembered, or the tenant's sign-ins changed since: found on the index again.
      params.length = base;
      const r = await this.db.pool.query(
        `SELECT v.version, ${CURSOR_T('b.created_at')} AS boundary_t, b.id AS boundary_i, s.*
           FROM ${VERSION_SQL(tenant)} v
          CROSS JOIN (SELECT created_at, id FROM sign_ins WHERE ${where}
                       ORDER BY ${order} LIMIT 1 OFFSET ${Number(skip - 1)}) b
           LEFT JOIN LATERAL (SELECT ${COLUMNS} FROM sign_ins
                               WHERE ${where} AND (created_at, id) < (b.created_at, b.id)
                               ORDER BY ${order} LIMIT ${Number(take)}) s ON true`,
        params,
      );
      rows = r.rows;
      const b = rows[0];
      if (!b) return []; // fewer rows than the offset
      version = b.version as string;
      this.remember(`${key}|${skip}`, {
        version,
        t: b.boundary_t as string,
        i: b.boundary_i as string,
      });
    }
    const page = rows.filter((r) => r.id !== null);
    const last = page.at(-1);
    if (page.length === take && last) {
      this.remember(`${key}|${skip + take}`, {
        version,
        t: last.cursor_t as string,
        i: last.id as string,
      });
    }
    return page.map(toRowView);
  }

  /** One sign-in by id, at any date, if the scope may see it (and its tenant still shows it). */
  async signIn(scope: TenantScope, id: string): Promise<SignInRowView | null> {
    const [s] = await this.signIns(
      scope,
      { ids: [id], from: new Date(0) },
      { page: 0, perPage: 1 },
    );
    return s ?? null;
  }

  /**
   * Sign-ins per UTC day and protocol, successful or refused, from sign_in_protocol_days (a
   * few rows per tenant and day, kept at ingest): never a raw row. Each tenant's days start at
   * its retention's floor, as the list does.
   */
  async signInsPerDay(scope: TenantScope, q: SignInDayFilter): Promise<SignInDayCount[]> {
    const to = utcDayStart(q.to ?? new Date());
    const from = utcDayStart(q.from ?? new Date(to.getTime() - 29 * 86_400_000));
    if (from.getTime() > to.getTime()) {
      throw new InvalidInput('from is after to', [
        { path: 'from', reason: 'must not be after to' },
      ]);
    }
    if ((to.getTime() - from.getTime()) / 86_400_000 + 1 > MAX_SIGN_IN_DAYS) {
      throw new InvalidInput(`at most ${MAX_SIGN_IN_DAYS} days`, [
        { path: 'from', reason: `the window may span at most ${MAX_SIGN_IN_DAYS} days` },
      ]);
    }
    const tenants = await this.floors(scope, { tenantId: q.tenantId, from });
    if (tenants.length === 0) return [];
    const protocols = (q.protocols ?? []).map((x) => x.toLowerCase());
    const { rows } = await this.db.pool.query<{
      day: string;
      protocol: string;
      legacy: boolean;
      success: boolean;
      n: string;
    }>(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, d.client_app_used AS protocol,
              d.is_legacy AS legacy, d.is_success AS success, sum(d.count)::bigint AS n
         FROM unnest($1::uuid[], $2::date[]) AS t(id, floor)
         JOIN sign_in_protocol_days d ON d.tenant_id = t.id AND d.day >= t.floor AND d.day <= $3::date
        WHERE ($4::boolean IS NULL OR d.is_legacy = $4)
          AND ($5::boolean IS NULL OR d.is_success = $5)
          AND (cardinality($6::text[]) = 0 OR lower(d.client_app_used) = ANY($6::text[]))
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4`,
      [
        tenants.map((t) => t.id),
        tenants.map((t) => dayOf(utcDayStart(t.floor))),
        dayOf(to),
        q.legacyOnly ? true : null,
        q.success ?? null,
        protocols,
      ],
    );
    return rows.map((r) => ({
      day: r.day,
      protocol: r.protocol === '' ? null : r.protocol,
      legacy: r.legacy,
      success: r.success,
      count: Number(r.n),
    }));
  }

  /**
   * How many sign-ins the filter matches. A filter sign_in_protocol_days holds (time, protocols,
   * legacy, outcome) is counted exactly at any size: the whole UTC days of the window from the
   * rollup, the part days at its ends from raw rows (one day's rows at most, each end read to
   * EXACT_COUNT_LIMIT + 1 on its index). Any other filter (user, app, ids) is exact up to
   * EXACT_COUNT_LIMIT (each tenant counts at most one more row than that on its index), beyond
   * it the planner's estimate for the same filter (statistics kept by VACUUM (ANALYZE) after each
   * bulk load), marked as one and never below the limit.
   */
  async countSignIns(scope: TenantScope, q: SignInFilter): Promise<ListTotal> {
    const tenants = await this.floors(scope, q);
    if (tenants.length === 0) return { count: 0, isEstimate: false };
    const rolled = await this.rollupCount(tenants, q);
    if (rolled !== null) return { count: rolled, isEstimate: false };
    const exact = await this.countRows(
      tenants.map((t) => ({ id: t.id, from: t.floor, to: q.to ?? null })),
      q,
    );
    if (exact <= EXACT_COUNT_LIMIT) return { count: exact, isEstimate: false };
    // Beyond the limit: the planner's row estimate of the same filter, summed per tenant.
    let estimate = 0;
    for (const t of tenants) {
      const ps: unknown[] = [];
      const pp = (v: unknown) => {
        ps.push(v);
        return `$${ps.length}`;
      };
      const w = this.signInWhere(q, `${pp(t.id)}::uuid`, `${pp(t.floor)}::timestamptz`, pp);
      const plan = await this.db.pool.query<{
        'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }>;
      }>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM sign_ins WHERE ${w}`, ps);
      estimate += plan.rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
    }
    return { count: Math.max(Math.round(estimate), EXACT_COUNT_LIMIT + 1), isEstimate: true };
  }

  /**
   * The statement counting raw sign-ins of the filter in each part's [from, to) of a tenant,
   * each part read to at most EXACT_COUNT_LIMIT + 1 entries of the filter's index. Its
   * parameters are pushed through `p`.
   */
  private countRowsSql(
    parts: Array<{ id: string; from: Date; to: Date | null }>,
    q: SignInFilter,
    p: (v: unknown) => string,
  ): string {
    if (parts.length === 0) return 'SELECT 0::bigint AS n';
    const branches = parts.map((t) => {
      const where = this.signInWhere(
        { ...q, to: t.to },
        `${p(t.id)}::uuid`,
        `${p(t.from)}::timestamptz`,
        p,
      );
      return `(SELECT 1 FROM sign_ins WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1})`;
    });
    return `SELECT count(*) AS n FROM (${branches.join(' UNION ALL ')}) x`;
  }

  /** countRowsSql's count, for a filter over any window (users, apps, ids, long ranges). */
  private async countRows(
    parts: Array<{ id: string; from: Date; to: Date | null }>,
    q: SignInFilter,
  ): Promise<number> {
    if (parts.length === 0) return 0;
    const params: unknown[] = [];
    const sql = this.countRowsSql(parts, q, (v) => {
      params.push(v);
      return `$${params.length}`;
    });
    // Where a tenant fills most of a partition the planner would rather read the partition
    // whole (it cannot know the limit stops early): sequential scans are off for this statement.
    const client = await this.db.pool.connect();
    try {
      // One round trip for both (a simple query may hold several statements; no parameters).
      await client.query('BEGIN READ ONLY; SET LOCAL enable_seqscan = off');
      const { rows } = await client.query<{ n: string }>(sql, params);
      await client.query('COMMIT');
      return Number(rows[0]?.n ?? 0);
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * The exact count of a filter sign_in_protocol_days holds (null for users, apps or ids, or
   * when an end's part day holds more than EXACT_COUNT_LIMIT matching rows): each tenant's whole
   * UTC days in the window summed from the rollup (a few rows per day), plus the raw rows of the
   * part days at the window's ends, in one statement. A part is at most one UTC day of one
   * tenant, a thirtieth of a month partition, so the planner reads it on an index without being
   * told to (the EXPLAIN spec holds it to that).
   */
  private async rollupCount(tenants: TenantFloor[], q: SignInFilter): Promise<number | null> {
    if (q.user || q.app || q.ids) return null;
    const end = q.to ?? null;
    const whole: Array<{ id: string; first: string; before: string | null }> = [];
    const ends: Array<{ id: string; from: Date; to: Date | null }> = [];
    for (const t of tenants) {
      const a = utcDayEnd(t.floor);
      const b = end ? utcDayStart(end) : null;
      if (b === null || a < b) {
        whole.push({ id: t.id, first: dayOf(a), before: b ? dayOf(b) : null });
        if (t.floor < a) ends.push({ id: t.id, from: t.floor, to: a });
        if (end && b && b < end) ends.push({ id: t.id, from: b, to: end });
      } else if (!end || t.floor < end) {
        ends.push({ id: t.id, from: t.floor, to: end });
      }
    }
    const protocols = (q.protocols ?? []).map((x) => x.toLowerCase());
    const params: unknown[] = [
      whole.map((w) => w.id),
      whole.map((w) => w.first),
      whole.map((w) => w.before),
      q.legacyOnly ? true : null,
      q.success ?? null,
      protocols,
      q.protocol ?? null,
    ];
    const parts = this.countRowsSql(ends, q, (v) => {
      params.push(v);
      return `$${params.length}`;
    });
    const { rows } = await this.read<{ whole: string | null; parts: string }>(
      q,
      `SELECT (SELECT sum(d.count)::bigint
                 FROM unnest($1::uuid[], $2::date[], $3::date[]) AS t(id, first, before)
                 JOIN sign_in_protocol_days d ON d.tenant_id = t.id AND d.day >= t.first
                                             AND (t.before IS NULL OR d.day < t.before)
                WHERE ($4::boolean IS NULL OR d.is_legacy)
                  AND ($5::boolean IS NULL OR d.is_success = $5)
                  AND (cardinality($6::text[]) = 0 OR lower(d.client_app_used) = ANY($6::text[]))
                  AND ($7::text IS NULL OR lower(d.client_app_used) = lower($7::text))) AS whole,
              (${parts}) AS parts`,
      params,
    );
    const partCount = Number(rows[0]?.parts ?? 0);
    if (partCount > EXACT_COUNT_LIMIT) return null;
    return Number(rows[0]?.whole ?? 0) + partCount;
  }

  /** The mobile devices of each tenant's newest on-premises snapshot. */
  async mobileDevices(
    scope: TenantScope,
    filter: MobileDeviceFilter,
    args: ListArgs,
  ): Promise<{
    rows: Array<Record<string, unknown> & { tenantId: string; snapshotId: string }>;
    total: number;
  }> {
    const { skip, take } = pageOf(args);
    const { rows } = await this.db.pool.query<{
      tenant_id: string;
      snapshot_id: string;
      device: Record<string, unknown>;
      total: string;
    }>(
      `WITH latest AS (
         SELECT DISTINCT ON (tenant_id) tenant_id, id, raw
           FROM snapshots WHERE 'exchangeOnPremises' = ANY(sources) AND ($1::uuid[] IS NULL OR tenant_id = ANY($1::uuid[]))
          ORDER BY tenant_id, captured_at DESC)
       SELECT l.tenant_id, l.id AS snapshot_id, d AS device, count(*) OVER () AS total
         FROM latest l CROSS JOIN LATERAL jsonb_array_elements(coalesce(l.raw->'exchangeOnPremises'->'mobileDevices', '[]'::jsonb)) d
        WHERE ($2::text IS NULL OR d::text ILIKE '%' || $2 || '%')
          AND ($3::text IS NULL OR d->>'DeviceAccessState' = $3)
        ORDER BY d->>'LastSuccessSync' DESC NULLS LAST, d->>'DeviceId'
        LIMIT ${Number(take)} OFFSET ${Number(skip)}`,
      [scopeTenantIds(scope, filter.tenantId), filter.q ?? null, filter.accessState ?? null],
    );
    return {
      rows: rows.map((r) => ({ ...r.device, tenantId: r.tenant_id, snapshotId: r.snapshot_id })),
      total: Number(rows[0]?.total ?? 0),
    };
  }
}
