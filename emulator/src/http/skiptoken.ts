import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Opaque `$skiptoken` values: the server's paging state, base64url JSON with an HMAC so a
 * client cannot forge or edit one (an edited token is a 400, as with Graph).
 */
export function encodeSkipToken(key: Buffer, state: object): string {
  const body = Buffer.from(JSON.stringify(state)).toString('base64url');
  const mac = createHmac('sha256', key).update(body).digest('base64url').slice(0, 22);
  return `${body}.${mac}`;
}

export function decodeSkipToken<T>(key: Buffer, token: string, invalid: () => Error): T {
  const [body, mac] = token.split('.');
  if (!body || !mac) throw invalid();
  const want = createHmac('sha256', key).update(body).digest('base64url').slice(0, 22);
  if (want.length !== mac.length || !timingSafeEqual(Buffer.from(want), Buffer.from(mac)))
    throw invalid();
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
  } catch {
    throw invalid();
  }
}

/** The nextLink: the same URL on the emulator's origin with a new $skiptoken. */
export function nextLink(origin: string, url: URL, token: string): string {
  const params = new URLSearchParams(url.searchParams);
  params.delete('$skiptoken');
  params.set('$skiptoken', token);
  return `${origin}${url.pathname}?${params.toString().replace(/%24/g, '$')}`;
}
