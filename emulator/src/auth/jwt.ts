import {
  createHash,
  createSign,
  createVerify,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';

/**
 * RS256 access tokens, signed the way Entra signs them: a JWT whose header names the key
 * (`kid`, and the legacy `x5t`), verifiable by anyone through the JWKS endpoint.
 */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface Jwk {
  kty: 'RSA';
  use: 'sig';
  kid: string;
  x5t: string;
  n: string;
  e: string;
  alg: 'RS256';
}

export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const kid = createHash('sha1').update(der).digest('base64url');
  return { kid, privateKey, publicKey };
}

export function toJwk(key: SigningKey): Jwk {
  const jwk = key.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kty: 'RSA', use: 'sig', kid: key.kid, x5t: key.kid, n: jwk.n, e: jwk.e, alg: 'RS256' };
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export function signJwt(key: SigningKey, payload: Record<string, unknown>): string {
  const head = b64({ typ: 'JWT', alg: 'RS256', x5t: key.kid, kid: key.kid });
  const body = b64(payload);
  const sig = createSign('RSA-SHA256')
    .update(`${head}.${body}`)
    .sign(key.privateKey)
    .toString('base64url');
  return `${head}.${body}.${sig}`;
}

export type VerifyResult =
  { ok: true; payload: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'signature' };

/** Checks structure, algorithm, key id and signature; the claims are the caller's business. */
export function verifyJwt(token: string, keys: readonly SigningKey[]): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [head, body, sig] = parts as [string, string, string];
  let header: { alg?: unknown; kid?: unknown };
  let payload: unknown;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as {
      alg?: unknown;
      kid?: unknown;
    };
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { ok: false, reason: 'malformed' };
  // Only RS256 with a key we issued: no `alg: none`, no HMAC-with-the-public-key tricks.
  if (header.alg !== 'RS256') return { ok: false, reason: 'signature' };
  const key = keys.find((k) => k.kid === header.kid);
  if (!key) return { ok: false, reason: 'signature' };
  const valid = createVerify('RSA-SHA256')
    .update(`${head}.${body}`)
    .verify(key.publicKey, Buffer.from(sig, 'base64url'));
  return valid
    ? { ok: true, payload: payload as Record<string, unknown> }
    : { ok: false, reason: 'signature' };
}
