import { Inject, Injectable } from '@nestjs/common';
import type { ApiToken, Role, Session, User } from '@posture/prisma';
import { Db } from '@posture/jobs';
import { ChangeCache, CREDENTIAL_TABLES } from './change-cache.js';

/** What checking a bearer token needs of an API token row (never its hash). */
export interface TokenCredential {
  id: string;
  name: string;
  role: Role;
  tenantIds: string[];
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** What checking a bearer token needs of a session and its user (never a hash). */
export interface SessionCredential {
  id: string;
  expiresAt: Date;
  lastUsedAt: Date | null;
  user: { id: string; email: string; role: Role; tenantIds: string[]; disabledAt: Date | null };
}

@Injectable()
export class AuthRepository {
  constructor(
    @Inject(Db) private readonly db: Db,
    /** Also the reads every request's scope shares (auth.service.ts). */
    @Inject(ChangeCache) readonly cache: ChangeCache,
  ) {}

  userByEmail(email: string): Promise<User | null> {
    return this.db.prisma.user.findUnique({ where: { email } });
  }

  countUsers(): Promise<number> {
    return this.db.prisma.user.count();
  }

  createUser(data: {
    email: string;
    passwordHash: string;
    role: Role;
    tenantIds: string[];
  }): Promise<User> {
    return this.db.prisma.user.create({ data });
  }

  createSession(data: { userId: string; tokenHash: string; expiresAt: Date }): Promise<Session> {
    return this.db.prisma.session.create({ data });
  }

  /**
   * The session a bearer token hashes to, with its user. Every request asks this: cached
   * (change-cache.ts), else one statement on the pg pool (no ORM round of its own) reading
   * only the columns a check needs.
   */
  sessionByHash(tokenHash: string): Promise<SessionCredential | null> {
    return this.cache.get(`session:${tokenHash}`, CREDENTIAL_TABLES, () =>
      this.readSession(tokenHash),
    );
  }

  private async readSession(tokenHash: string): Promise<SessionCredential | null> {
    const { rows } = await this.db.pool.query<{
      id: string;
      expires_at: Date;
      last_used_at: Date | null;
      user_id: string;
      email: string;
      role: Role;
      tenant_ids: string[];
      disabled_at: Date | null;
    }>(
      `SELECT s.id, s.expires_at, s.last_used_at, u.id AS user_id, u.email, u.role::text AS role,
              u.tenant_ids::text[] AS tenant_ids, u.disabled_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      expiresAt: r.expires_at,
      lastUsedAt: r.last_used_at,
      user: {
        id: r.user_id,
        email: r.email,
        role: r.role,
        tenantIds: r.tenant_ids,
        disabledAt: r.disabled_at,
      },
    };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.prisma.session.deleteMany({ where: { tokenHash } });
    this.cache.changed('sessions');
  }

  createToken(data: {
    name: string;
    prefix: string;
    tokenHash: string;
    role: Role;
    tenantIds: string[];
    createdBy: string | null;
    expiresAt: Date | null;
  }): Promise<ApiToken> {
    return this.db.prisma.apiToken.create({ data });
  }

  /** Moves a session to its hash under the current key (key rotation); false when none had `from`. */
  async rehashSession(from: string, to: string): Promise<boolean> {
    const r = await this.db.prisma.session.updateMany({
      where: { tokenHash: from },
      data: { tokenHash: to },
    });
    this.cache.changed('sessions');
    return r.count > 0;
  }

  async rehashToken(from: string, to: string): Promise<boolean> {
    const r = await this.db.prisma.apiToken.updateMany({
      where: { tokenHash: from },
      data: { tokenHash: to },
    });
    this.cache.changed('api_tokens');
    return r.count > 0;
  }

  /** The API token a bearer token hashes to (see sessionByHash: cached, else one statement). */
  tokenByHash(tokenHash: string): Promise<TokenCredential | null> {
    return this.cache.get(`token:${tokenHash}`, CREDENTIAL_TABLES, () => this.readToken(tokenHash));
  }

  private async readToken(tokenHash: string): Promise<TokenCredential | null> {
    const { rows } = await this.db.pool.query<TokenCredential>(
      `SELECT id, name, role::text AS role, tenant_ids::text[] AS "tenantIds",
              last_used_at AS "lastUsedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM api_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /**
   * Records a use (to the minute). The credential, perhaps the cached one, is moved too, so the
   * next request of the minute does not write again; the trigger does not announce a use.
   */
  async touchToken(credential: TokenCredential, at: Date): Promise<void> {
    credential.lastUsedAt = at;
    await this.db.pool.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [
      credential.id,
      at,
    ]);
  }

  async touchSession(credential: SessionCredential, at: Date): Promise<void> {
    credential.lastUsedAt = at;
    await this.db.pool.query('UPDATE sessions SET last_used_at = $2 WHERE id = $1', [
      credential.id,
      at,
    ]);
  }

  tenantsExist(ids: string[]): Promise<number> {
    return this.db.prisma.tenant.count({ where: { id: { in: ids } } });
  }
}
