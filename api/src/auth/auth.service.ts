import { Inject, Injectable, Optional } from '@nestjs/common';
import { Role } from '@posture/prisma';
import {
  InvalidInput,
  isUuid,
  PREVIOUS_SECRET_KEY,
  SECRET_KEY,
  type SharedReads,
  type TenantScope,
} from '@posture/jobs';
import { AuthRepository } from './auth.repository.js';
import { LoginThrottle } from './login-throttle.js';
import type { AuthContext } from './auth.types.js';
import {
  generatePassword,
  hashPassword,
  newToken,
  tokenHash,
  tokenKind,
  verifyPassword,
} from './secrets.js';

export const SESSION_TTL_HOURS = Symbol('SESSION_TTL_HOURS');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Last used" of a token or session is kept to the minute: written when the stored time is
 * older than this, not on every request (a write per request would double the database work of
 * a dashboard read).
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

function stale(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
const ROLES: readonly Role[] = Object.values(Role);

/**
 * A caller's tenants (none listed: every tenant) for one request, with that request's memo and
 * the process's reads kept until their tables change.
 */
function requestScope(tenantIds: string[], shared: SharedReads): TenantScope {
  return { tenantIds: tenantIds.length ? tenantIds : 'ALL', requestMemo: new Map(), shared };
}

export class LoginFailed extends Error {
  constructor(message = 'wrong e-mail or password') {
    super(message);
  }
}

@Injectable()
export class AuthService {
  // Verified against when the e-mail is unknown, so a wrong e-mail costs as much as a wrong password.
  private dummyHash: Promise<string> | null = null;

  constructor(
    @Inject(AuthRepository) private readonly repo: AuthRepository,
    @Inject(LoginThrottle) private readonly throttle: LoginThrottle,
    @Inject(SECRET_KEY) private readonly key: Buffer,
    @Inject(SESSION_TTL_HOURS) private readonly ttlHours: number,
    @Optional()
    @Inject(PREVIOUS_SECRET_KEY)
    private readonly previousKey: Buffer | null = null,
  ) {}

  /**
   * During a key rotation (POSTURE_SECRET_KEY_PREVIOUS set): a token hashed under the previous
   * key is found by that hash and re-hashed under the current one, so it keeps working after the
   * previous key is dropped. Returns whether it was found.
   */
  private async rehashFromPrevious(kind: 'session' | 'api', token: string, hash: string) {
    if (!this.previousKey) return false;
    const old = tokenHash(this.previousKey, token);
    return kind === 'session'
      ? this.repo.rehashSession(old, hash)
      : this.repo.rehashToken(old, hash);
  }

  /** Resolves `Authorization: Bearer <token>`; null when absent, unknown, expired or revoked. */
  async resolve(header: string | undefined): Promise<AuthContext | null> {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m) return null;
    const token = m[1]!;
    const kind = tokenKind(token);
    const hash = tokenHash(this.key, token);
    const now = new Date();
    if (kind === 'session') {
      let s = await this.repo.sessionByHash(hash);
      if (!s && (await this.rehashFromPrevious(kind, token, hash)))
        s = await this.repo.sessionByHash(hash);
      if (!s || s.expiresAt <= now || s.user.disabledAt) return null;
      if (stale(s.lastUsedAt, now)) void this.repo.touchSession(s, now).catch(() => {});
      return {
        kind: 'session',
        role: s.user.role,
        scope: requestScope(s.user.tenantIds, this.repo.cache),
        subject: s.user.email,
        userId: s.user.id,
        tokenId: null,
        sessionId: s.id,
      };
    }
    if (kind === 'api') {
      let t = await this.repo.tokenByHash(hash);
      if (!t && (await this.rehashFromPrevious(kind, token, hash)))
        t = await this.repo.tokenByHash(hash);
      if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now)) return null;
      if (stale(t.lastUsedAt, now)) void this.repo.touchToken(t, now).catch(() => {});
      return {
        kind: 'token',
        role: t.role,
        scope: requestScope(t.tenantIds, this.repo.cache),
        subject: `token:${t.name}`,
        userId: null,
        tokenId: t.id,
      };
    }
    return null;
  }

  async login(
    email: string,
    password: string,
  ): Promise<{ token: string; user: { id: string; email: string; role: Role } }> {
    const key = email.trim().toLowerCase();
    const wait = await this.throttle.blockedFor(key);
    if (wait > 0)
      throw new LoginFailed(
        `too many failed sign-ins for this e-mail; try again in ${Math.ceil(wait / 60_000)} min`,
      );
    const user = await this.repo.userByEmail(key);
    this.dummyHash ??= hashPassword(generatePassword());
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok || user.disabledAt) {
      await this.throttle.fail(key);
      throw new LoginFailed();
    }
    await this.throttle.succeed(key);
    const token = newToken('session');
    await this.repo.createSession({
      userId: user.id,
      tokenHash: tokenHash(this.key, token),
      expiresAt: new Date(Date.now() + this.ttlHours * 3_600_000),
    });
    return { token, user: { id: user.id, email: user.email, role: user.role } };
  }

  async logout(header: string | undefined): Promise<void> {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (m) await this.repo.deleteSession(tokenHash(this.key, m[1]!));
  }

  private async checkTenants(tenantIds: string[]): Promise<void> {
    const bad = tenantIds.filter((t) => !isUuid(t));
    if (
      bad.length ||
      (tenantIds.length && (await this.repo.tenantsExist(tenantIds)) !== tenantIds.length)
    ) {
      throw new InvalidInput('unknown tenant id', [
        { path: 'tenantIds', reason: 'names a tenant that does not exist' },
      ]);
    }
  }

  private checkRole(role: string, tenantIds: string[]): Role {
    if (!ROLES.includes(role as Role)) {
      throw new InvalidInput(`role must be one of ${ROLES.join(', ')}`, [
        { path: 'role', reason: `must be one of ${ROLES.join(', ')}` },
      ]);
    }
    if (role === 'COLLECTOR' && tenantIds.length !== 1) {
      throw new InvalidInput('a COLLECTOR token is for exactly one tenant', [
        { path: 'tenantIds', reason: 'a COLLECTOR token needs exactly one tenant' },
      ]);
    }
    return role as Role;
  }

  /** Creates an API token; the token itself is returned here once and never stored. */
  async createToken(input: {
    name: string;
    role: string;
    tenantIds?: string[];
    createdBy?: string | null;
    expiresAt?: Date | null;
  }) {
    const tenantIds = input.tenantIds ?? [];
    const role = this.checkRole(input.role, tenantIds);
    if (!input.name.trim())
      throw new InvalidInput('name must not be empty', [
        { path: 'name', reason: 'must not be empty' },
      ]);
    await this.checkTenants(tenantIds);
    const token = newToken('api');
    const row = await this.repo.createToken({
      name: input.name.trim(),
      prefix: token.slice(0, 10),
      tokenHash: tokenHash(this.key, token),
      role,
      tenantIds,
      createdBy: input.createdBy ?? null,
      expiresAt: input.expiresAt ?? null,
    });
    return { token, record: row };
  }

  async createUser(input: {
    email: string;
    role: string;
    password?: string;
    tenantIds?: string[];
  }) {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email))
      throw new InvalidInput('email is not an e-mail address', [
        { path: 'email', reason: 'not an e-mail address' },
      ]);
    const tenantIds = input.tenantIds ?? [];
    const role = this.checkRole(input.role, tenantIds);
    if (role === 'COLLECTOR')
      throw new InvalidInput('COLLECTOR is for tokens, not people', [
        { path: 'role', reason: 'COLLECTOR is for tokens' },
      ]);
    const password = input.password ?? generatePassword();
    if (password.length < 12)
      throw new InvalidInput('password must have at least 12 characters', [
        { path: 'password', reason: 'at least 12 characters' },
      ]);
    await this.checkTenants(tenantIds);
    if (await this.repo.userByEmail(email))
      throw new InvalidInput(`a user ${email} exists already`, [
        { path: 'email', reason: 'exists already' },
      ]);
    const user = await this.repo.createUser({
      email,
      passwordHash: await hashPassword(password),
      role,
      tenantIds,
    });
    return { user, password };
  }

  countUsers(): Promise<number> {
    return this.repo.countUsers();
  }
}
