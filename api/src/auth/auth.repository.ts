import { Inject, Injectable } from '@nestjs/common';
import type { ApiToken, Role, Session, User } from '@posture/prisma';
import { Db } from '@posture/jobs';

@Injectable()
export class AuthRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

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

  sessionByHash(tokenHash: string): Promise<(Session & { user: User }) | null> {
    return this.db.prisma.session.findUnique({ where: { tokenHash }, include: { user: true } });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.prisma.session.deleteMany({ where: { tokenHash } });
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
    return r.count > 0;
  }

  async rehashToken(from: string, to: string): Promise<boolean> {
    const r = await this.db.prisma.apiToken.updateMany({
      where: { tokenHash: from },
      data: { tokenHash: to },
    });
    return r.count > 0;
  }

  tokenByHash(tokenHash: string): Promise<ApiToken | null> {
    return this.db.prisma.apiToken.findUnique({ where: { tokenHash } });
  }

  async touchToken(id: string, at: Date): Promise<void> {
    await this.db.prisma.apiToken.update({ where: { id }, data: { lastUsedAt: at } });
  }

  async touchSession(id: string, at: Date): Promise<void> {
    await this.db.prisma.session.update({ where: { id }, data: { lastUsedAt: at } });
  }

  tenantsExist(ids: string[]): Promise<number> {
    return this.db.prisma.tenant.count({ where: { id: { in: ids } } });
  }
}
