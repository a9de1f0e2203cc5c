import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type ApiToken, type Role } from '@posture/prisma';
import { Db, InvalidInput, isUuid, NotFound, type ListArgs, type TenantScope } from '@posture/jobs';
import type { AuthContext } from './auth.types.js';
import { AuthService } from './auth.service.js';
import { ChangeCache } from './change-cache.js';

export const NAME_MAX = 100;
export const EXPIRES_IN_DAYS_MAX = 3650;
export const TENANT_IDS_MAX = 100;

const TOKEN_SORT = ['name', 'role', 'createdAt', 'lastUsedAt', 'expiresAt', 'revokedAt'] as const;
const SESSION_SORT = ['createdAt', 'lastUsedAt', 'expiresAt'] as const;

/** An API token as ADMINs see it: never the hash (nor, after creation, the token). */
export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  tenantIds: string[];
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  active: boolean;
}

export interface SessionView {
  id: string;
  userEmail: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  current: boolean;
}

function view(t: ApiToken, now = new Date()): ApiTokenView {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    role: t.role,
    tenantIds: t.tenantIds,
    createdBy: t.createdBy,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
    active: !t.revokedAt && (!t.expiresAt || t.expiresAt > now),
  };
}

function order<F extends string>(args: ListArgs, fields: readonly F[], fallback: F) {
  const field = (fields as readonly string[]).includes(args.sortField ?? '')
    ? (args.sortField as F)
    : fallback;
  const dir = args.sortOrder ? (args.sortOrder.toUpperCase() === 'ASC' ? 'asc' : 'desc') : 'desc';
  return [{ [field]: dir }, { id: 'asc' as const }];
}

/**
 * API tokens and sign-in sessions for ADMINs: list and revoke, and create tokens.
 *
 * Tokens: an ADMIN for every tenant sees all tokens; an ADMIN limited to some tenants sees (and
 * may create and revoke) only tokens limited to tenants within its own. A token for every tenant
 * is outside any limited scope. Others' tokens answer exactly as missing ones (NotFound).
 *
 * Sessions belong to people, who may span tenants, so an ADMIN for every tenant sees every
 * unexpired session, while a limited ADMIN sees only its own sessions (none when it calls with
 * an API token).
 */
@Injectable()
export class AccessService {
  constructor(
    @Inject(Db) private readonly db: Db,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ChangeCache) private readonly credentials: ChangeCache,
  ) {}

  /** The `where` for the tokens this scope may see. */
  private async tokenWhere(scope: TenantScope): Promise<Prisma.ApiTokenWhereInput> {
    if (scope.tenantIds === 'ALL') return {};
    const ids = [...scope.tenantIds].filter(isUuid);
    // "every tenant of the token is in the scope": array containment, which Prisma cannot say.
    const rows = await this.db.prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM api_tokens
      WHERE cardinality(tenant_ids) > 0 AND tenant_ids <@ ${ids}::uuid[]`;
    return { id: { in: rows.map((r) => r.id) } };
  }

  async listTokens(scope: TenantScope, args: ListArgs): Promise<ApiTokenView[]> {
    const rows = await this.db.prisma.apiToken.findMany({
      where: await this.tokenWhere(scope),
      orderBy: order(args, TOKEN_SORT, 'createdAt'),
      skip: Math.max(0, args.page) * args.perPage,
      take: args.perPage,
    });
    const now = new Date();
    return rows.map((r) => view(r, now));
  }

  async countTokens(scope: TenantScope): Promise<number> {
    return this.db.prisma.apiToken.count({ where: await this.tokenWhere(scope) });
  }

  async getToken(scope: TenantScope, id: string): Promise<ApiTokenView> {
    if (!isUuid(id)) throw new NotFound('API token');
    const row = await this.db.prisma.apiToken.findFirst({
      where: { AND: [{ id }, await this.tokenWhere(scope)] },
    });
    if (!row) throw new NotFound('API token');
    return view(row);
  }

  async createToken(
    caller: AuthContext,
    input: { name: string; role: Role; tenantIds?: string[] | null; expiresInDays?: number | null },
  ): Promise<{ token: string; apiToken: ApiTokenView }> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > NAME_MAX)
      throw new InvalidInput(`name must have 1 to ${NAME_MAX} characters`, [
        { path: 'name', reason: `must have 1 to ${NAME_MAX} characters` },
      ]);
    const days = input.expiresInDays;
    if (days != null && (!Number.isInteger(days) || days < 1 || days > EXPIRES_IN_DAYS_MAX))
      throw new InvalidInput(`expiresInDays must be between 1 and ${EXPIRES_IN_DAYS_MAX}`, [
        { path: 'expiresInDays', reason: `must be between 1 and ${EXPIRES_IN_DAYS_MAX}` },
      ]);
    const tenantIds = [...new Set(input.tenantIds ?? [])];
    if (tenantIds.length > TENANT_IDS_MAX)
      throw new InvalidInput(`tenantIds may list at most ${TENANT_IDS_MAX} tenants`, [
        { path: 'tenantIds', reason: `at most ${TENANT_IDS_MAX} tenants` },
      ]);
    const bad = tenantIds.find((t) => !isUuid(t));
    if (bad !== undefined)
      throw new InvalidInput('tenantIds must be tenant ids (UUIDs)', [
        { path: 'tenantIds', reason: 'not a UUID' },
      ]);
    const scope = caller.scope;
    if (scope.tenantIds !== 'ALL') {
      if (!tenantIds.length)
        throw new InvalidInput('a token for every tenant needs an ADMIN for every tenant', [
          { path: 'tenantIds', reason: 'list tenants within your own' },
        ]);
      const mine = scope.tenantIds;
      // Outside the caller's tenants answers exactly like a tenant that does not exist.
      if (tenantIds.some((t) => !mine.includes(t)))
        throw new InvalidInput('unknown tenant id', [
          { path: 'tenantIds', reason: 'names a tenant that does not exist' },
        ]);
    }
    const made = await this.auth.createToken({
      name,
      role: input.role,
      tenantIds,
      createdBy: caller.subject,
      expiresAt: days != null ? new Date(Date.now() + days * 86_400_000) : null,
    });
    return { token: made.token, apiToken: view(made.record) };
  }

  /** Revokes at once (the next request with it is refused); revoking twice keeps the first time. */
  async revokeToken(scope: TenantScope, id: string): Promise<ApiTokenView> {
    const found = await this.getToken(scope, id);
    if (found.revokedAt) return found;
    const row = await this.db.prisma.apiToken.update({
      where: { id },
      data: { revokedAt: new Date() },
    });
    this.credentials.changed('api_tokens');
    return view(row);
  }

  private sessionWhere(caller: AuthContext): Prisma.SessionWhereInput {
    const live = { expiresAt: { gt: new Date() } };
    if (caller.scope.tenantIds === 'ALL') return live;
    // A limited ADMIN: its own sessions only (an API token has none).
    return { ...live, userId: caller.userId ?? '00000000-0000-0000-0000-000000000000' };
  }

  async listSessions(caller: AuthContext, args: ListArgs): Promise<SessionView[]> {
    const rows = await this.db.prisma.session.findMany({
      where: this.sessionWhere(caller),
      include: { user: { select: { email: true } } },
      orderBy: order(args, SESSION_SORT, 'createdAt'),
      skip: Math.max(0, args.page) * args.perPage,
      take: args.perPage,
    });
    return rows.map((s) => ({
      id: s.id,
      userEmail: s.user.email,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: s.expiresAt,
      current: s.id === caller.sessionId,
    }));
  }

  countSessions(caller: AuthContext): Promise<number> {
    return this.db.prisma.session.count({ where: this.sessionWhere(caller) });
  }

  /** Ends a session: that browser is signed out on its next request. */
  async revokeSession(caller: AuthContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw new NotFound('session');
    const gone = await this.db.prisma.session.deleteMany({
      where: { AND: [{ id }, this.sessionWhere(caller)] },
    });
    this.credentials.changed('sessions');
    if (!gone.count) throw new NotFound('session');
    return true;
  }
}
