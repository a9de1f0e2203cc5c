import { Inject, Injectable } from '@nestjs/common';
import { Prisma, Role, type User } from '@posture/prisma';
import {
  Db,
  DomainError,
  InvalidInput,
  isUuid,
  NotFound,
  type ListArgs,
  type TenantScope,
} from '@posture/jobs';
import { AuthService } from './auth.service.js';
import { TENANT_IDS_MAX } from './access.service.js';
import { ChangeCache } from './change-cache.js';

/** A person who signs in to the dashboard, as ADMINs see them: never the password hash. */
export interface UserView {
  id: string;
  email: string;
  role: Role;
  tenantIds: string[];
  createdAt: Date;
  disabledAt: Date | null;
  active: boolean;
}

/** Who asks: a signed-in ADMIN (its user id, to refuse disabling itself) or the CLI (null). */
export interface UserCaller {
  scope: TenantScope;
  userId: string | null;
}

const USER_SORT = ['email', 'role', 'createdAt', 'disabledAt'] as const;

const view = (u: User): UserView => ({
  id: u.id,
  email: u.email,
  role: u.role,
  tenantIds: u.tenantIds,
  createdAt: u.createdAt,
  disabledAt: u.disabledAt,
  active: !u.disabledAt,
});

const conflict = (message: string) => new DomainError('CONFLICT', message);

/**
 * Users for ADMINs (GraphQL) and the CLI: list, create (the password shown once), change role
 * and tenants, disable and enable. Like API tokens, an ADMIN limited to some tenants sees and
 * manages only users limited to tenants within its own; others answer as not found. Two rules
 * keep the dashboard reachable: nobody disables themselves, and the last active ADMIN for every
 * tenant is neither disabled, demoted nor limited to some tenants.
 */
@Injectable()
export class UsersService {
  constructor(
    @Inject(Db) private readonly db: Db,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ChangeCache) private readonly credentials: ChangeCache,
  ) {}

  private async where(scope: TenantScope): Promise<Prisma.UserWhereInput> {
    if (scope.tenantIds === 'ALL') return {};
    const ids = [...scope.tenantIds].filter(isUuid);
    const rows = await this.db.prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM users
      WHERE cardinality(tenant_ids) > 0 AND tenant_ids <@ ${ids}::uuid[]`;
    return { id: { in: rows.map((r) => r.id) } };
  }

  async list(scope: TenantScope, args: ListArgs): Promise<UserView[]> {
    const field = (USER_SORT as readonly string[]).includes(args.sortField ?? '')
      ? args.sortField!
      : 'email';
    const dir = args.sortOrder?.toUpperCase() === 'DESC' ? 'desc' : 'asc';
    const rows = await this.db.prisma.user.findMany({
      where: await this.where(scope),
      orderBy: [{ [field]: dir }, { id: 'asc' }],
      skip: Math.max(0, args.page) * args.perPage,
      take: args.perPage,
    });
    return rows.map(view);
  }

  async count(scope: TenantScope): Promise<number> {
    return this.db.prisma.user.count({ where: await this.where(scope) });
  }

  private async find(scope: TenantScope, id: string): Promise<User> {
    if (!isUuid(id)) throw new NotFound('user');
    const row = await this.db.prisma.user.findFirst({
      where: { AND: [{ id }, await this.where(scope)] },
    });
    if (!row) throw new NotFound('user');
    return row;
  }

  async get(scope: TenantScope, id: string): Promise<UserView> {
    return view(await this.find(scope, id));
  }

  async byEmail(email: string): Promise<UserView> {
    const row = await this.db.prisma.user.findUnique({
      where: { email: email.trim().toLowerCase() },
    });
    if (!row) throw new NotFound('user');
    return view(row);
  }

  /** Tenants a user may be limited to: existing, and within a limited caller's own. */
  private async checkTenants(scope: TenantScope, tenantIds: string[]): Promise<string[]> {
    const ids = [...new Set(tenantIds)];
    if (
      ids.some((t) => !isUuid(t)) ||
      (await this.db.prisma.tenant.count({ where: { id: { in: ids } } })) !== ids.length
    )
      throw new InvalidInput('unknown tenant id', [
        { path: 'tenantIds', reason: 'names a tenant that does not exist' },
      ]);
    if (ids.length > TENANT_IDS_MAX)
      throw new InvalidInput(`tenantIds may list at most ${TENANT_IDS_MAX} tenants`, [
        { path: 'tenantIds', reason: `at most ${TENANT_IDS_MAX} tenants` },
      ]);
    if (scope.tenantIds !== 'ALL') {
      if (!ids.length)
        throw new InvalidInput('a user of every tenant needs an ADMIN of every tenant', [
          { path: 'tenantIds', reason: 'list tenants within your own' },
        ]);
      const mine = scope.tenantIds;
      if (ids.some((t) => !mine.includes(t)))
        throw new InvalidInput('unknown tenant id', [
          { path: 'tenantIds', reason: 'names a tenant that does not exist' },
        ]);
    }
    return ids;
  }

  /** Creates a user with a generated password, returned this once (only its hash is stored). */
  async create(
    caller: UserCaller,
    input: { email: string; role: Role; tenantIds?: string[] | null; password?: string },
  ): Promise<{ user: UserView; password: string }> {
    const tenantIds = await this.checkTenants(caller.scope, input.tenantIds ?? []);
    const made = await this.auth.createUser({
      email: input.email,
      role: input.role,
      tenantIds,
      password: input.password,
    });
    return { user: view(made.user), password: made.password };
  }

  /** Active ADMINs for every tenant other than `except`. */
  private otherFullAdmins(except: string): Promise<number> {
    return this.db.prisma.user.count({
      where: { role: 'ADMIN', disabledAt: null, tenantIds: { isEmpty: true }, id: { not: except } },
    });
  }

  private async keepsAnAdmin(u: User, after: { role: Role; tenantIds: string[]; active: boolean }) {
    const isFullAdmin = u.role === 'ADMIN' && !u.disabledAt && u.tenantIds.length === 0;
    const staysFullAdmin = after.role === 'ADMIN' && after.active && after.tenantIds.length === 0;
    if (isFullAdmin && !staysFullAdmin && (await this.otherFullAdmins(u.id)) === 0)
      throw conflict(
        `${u.email} is the last active ADMIN for every tenant; make another one first`,
      );
  }

  async update(
    caller: UserCaller,
    id: string,
    input: { role?: Role | null; tenantIds?: string[] | null },
  ): Promise<UserView> {
    const u = await this.find(caller.scope, id);
    const role = input.role ?? u.role;
    if (!Object.values(Role).includes(role))
      throw new InvalidInput('role must be VIEWER, ANALYST or ADMIN', [
        { path: 'role', reason: 'must be VIEWER, ANALYST or ADMIN' },
      ]);
    if (role === 'COLLECTOR')
      throw new InvalidInput('COLLECTOR is for tokens, not people', [
        { path: 'role', reason: 'COLLECTOR is for tokens' },
      ]);
    const tenantIds =
      input.tenantIds == null
        ? u.tenantIds
        : await this.checkTenants(caller.scope, input.tenantIds);
    await this.keepsAnAdmin(u, { role, tenantIds, active: !u.disabledAt });
    const row = await this.db.prisma.user.update({ where: { id }, data: { role, tenantIds } });
    this.credentials.changed('users');
    return view(row);
  }

  /** Disables (signs out at once: sessions of a disabled user are refused) or enables a user. */
  async setActive(caller: UserCaller, id: string, active: boolean): Promise<UserView> {
    const u = await this.find(caller.scope, id);
    if (!active && caller.userId === id)
      throw conflict('you cannot disable yourself; ask another ADMIN');
    if (!active) await this.keepsAnAdmin(u, { role: u.role, tenantIds: u.tenantIds, active });
    if (active === !u.disabledAt) return view(u);
    const row = await this.db.prisma.$transaction(async (tx) => {
      if (!active) await tx.session.deleteMany({ where: { userId: id } });
      return tx.user.update({
        where: { id },
        data: { disabledAt: active ? null : new Date() },
      });
    });
    this.credentials.changed('users');
    return view(row);
  }
}
