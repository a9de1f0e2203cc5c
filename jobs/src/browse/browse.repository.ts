import { Inject, Injectable } from '@nestjs/common';
import type { ListArgs } from '../common/list-args.js';
import { pageOf } from '../common/repository-helpers.js';
import { Db } from '../database/db.js';
import { scopeTenantIds, type TenantScope } from '../scope.js';

export interface SignInFilter {
  tenantId?: string | null;
  protocol?: string | null;
  legacyOnly?: boolean | null;
  success?: boolean | null;
  user?: string | null;
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

const SORTABLE: Record<string, string> = {
  createdAt: 'created_at',
  userPrincipalName: 'user_principal_name',
  clientAppUsed: 'client_app_used',
};

/** Stored sign-ins and mobile devices, for browsing: always paged, filtered in SQL. */
@Injectable()
export class BrowseRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  private signInWhere(scope: TenantScope, q: SignInFilter): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const and: string[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const tenantIds = scopeTenantIds(scope, q.tenantId);
    if (tenantIds) and.push(`tenant_id = ANY(${p(tenantIds)}::uuid[])`);
    if (q.protocol) and.push(`lower(client_app_used) = lower(${p(q.protocol)})`);
    if (q.legacyOnly) and.push('is_legacy');
    if (q.success === true) and.push('is_success');
    if (q.success === false) and.push('NOT is_success');
    if (q.user) and.push(`user_principal_name = lower(${p(q.user)})`);
    // Without a time range, the last 30 days: a browse never scans every partition.
    and.push(`created_at >= ${p(q.from ?? new Date(Date.now() - 30 * 86_400_000))}`);
    if (q.to) and.push(`created_at < ${p(q.to)}`);
    if (q.ids) and.push(`id = ANY(${p(q.ids)}::text[])`);
    return { sql: and.join(' AND '), params };
  }

  /** One page of the sign-ins the scope may see, newest first unless asked otherwise. */
  async signIns(scope: TenantScope, q: SignInFilter, args: ListArgs): Promise<SignInRowView[]> {
    const w = this.signInWhere(scope, q);
    const { skip, take } = pageOf(args);
    const col = SORTABLE[args.sortField ?? ''] ?? 'created_at';
    const dir = args.sortOrder?.toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
    const { rows } = await this.db.pool.query(
      `SELECT id, tenant_id, created_at, user_principal_name, app_display_name, resource_display_name, client_app_used,
              is_legacy, is_exchange, is_success, error_code, is_interactive, authentication_requirement,
              conditional_access_status, operating_system, ip_address, user_agent
         FROM sign_ins WHERE ${w.sql} ORDER BY ${col} ${dir}, id LIMIT ${Number(take)} OFFSET ${Number(skip)}`,
      w.params,
    );
    return rows.map((r) => ({
      id: r.id,
      tenantId: r.tenant_id,
      createdAt: r.created_at,
      userPrincipalName: r.user_principal_name,
      appDisplayName: r.app_display_name,
      resourceDisplayName: r.resource_display_name,
      clientAppUsed: r.client_app_used,
      isLegacy: r.is_legacy,
      isExchange: r.is_exchange,
      success: r.is_success,
      errorCode: r.error_code,
      isInteractive: r.is_interactive,
      authenticationRequirement: r.authentication_requirement,
      conditionalAccessStatus: r.conditional_access_status,
      operatingSystem: r.operating_system,
      ipAddress: r.ip_address,
      userAgent: r.user_agent,
    }));
  }

  /** One sign-in by id, at any date, if the scope may see it. */
  async signIn(scope: TenantScope, id: string): Promise<SignInRowView | null> {
    const [s] = await this.signIns(
      scope,
      { ids: [id], from: new Date(0) },
      { page: 0, perPage: 1 },
    );
    return s ?? null;
  }

  async countSignIns(scope: TenantScope, q: SignInFilter): Promise<number> {
    const w = this.signInWhere(scope, q);
    const { rows } = await this.db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM sign_ins WHERE ${w.sql}`,
      w.params,
    );
    return Number(rows[0]?.n ?? 0);
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
