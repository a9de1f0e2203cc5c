import type { Role } from '@posture/prisma';
import type { TenantScope } from '@posture/jobs';

/** Who is calling, resolved from the bearer token on every request. */
export interface AuthContext {
  kind: 'session' | 'token';
  role: Role;
  scope: TenantScope;
  /** The user's e-mail or the token's name: what audit fields record. */
  subject: string;
  userId: string | null;
  tokenId: string | null;
  /** The signed-in session's id (sessions only). */
  sessionId?: string | null;
}

export const ROLE_RANK: Record<Role, number> = { COLLECTOR: 0, VIEWER: 1, ANALYST: 2, ADMIN: 3 };
