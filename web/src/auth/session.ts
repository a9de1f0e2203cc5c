import { Role } from '../gql/graphql';
import { memberOf } from '../posture/enums';

const isRole = memberOf(Role);

export const TOKEN_KEY = 'posture.token';
export const USER_KEY = 'posture.user';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  /** The root operations the server lets this user run (what the dashboard may offer). */
  operations: string[];
}

export function readToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function readUser(): SessionUser | null {
  const stored = localStorage.getItem(USER_KEY);
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    return isSessionUser(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveSession(token: string, user: SessionUser): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

export function isSessionUser(value: unknown): value is SessionUser {
  if (typeof value !== 'object' || value === null) return false;
  const { id, email, role, operations } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof email === 'string' &&
    isRole(role) &&
    Array.isArray(operations) &&
    operations.every((o) => typeof o === 'string')
  );
}
