import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimums (19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, {
    algorithm: Algorithm.Argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password).catch(() => false);
}

export type TokenKind = 'session' | 'api';
const PREFIX: Record<TokenKind, string> = { session: 'pws_', api: 'pwt_' };

/** A new random token; only its keyed hash is ever stored. */
export function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function tokenKind(token: string): TokenKind | null {
  if (token.startsWith(PREFIX.session)) return 'session';
  if (token.startsWith(PREFIX.api)) return 'api';
  return null;
}

/** HMAC-SHA256 under POSTURE_SECRET_KEY: a stolen table of hashes is useless without the key. */
export function tokenHash(key: Buffer, token: string): string {
  return createHmac('sha256', key).update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A password nobody chose: shown once through an owner-only file. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
