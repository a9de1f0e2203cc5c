import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Generic webhooks are signed: `X-Posture-Timestamp` is the send time in unix seconds and
 * `X-Posture-Signature` is `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` under the
 * channel's secret. Binding the timestamp lets a receiver reject replays of old bodies.
 */
export function postureSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The headers of a signed generic webhook request (the delivery id is the idempotency key). */
export function webhookHeaders(
  secret: string | null,
  messageId: string,
  body: string,
  now: Date,
): Record<string, string> {
  const ts = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'posture-watch',
    'idempotency-key': messageId,
    'x-posture-delivery': messageId,
    'x-posture-timestamp': String(ts),
    ...(secret ? { 'x-posture-signature': postureSignature(secret, ts, body) } : {}),
  };
}

/**
 * What a receiver runs: true when `signature` is the HMAC of `<timestamp>.<body>` under `secret`
 * and the timestamp is within `toleranceSeconds` of `now` (either way), compared in constant time.
 */
export function verifyPostureSignature(
  secret: string,
  timestamp: string | number | undefined,
  body: string,
  signature: string | undefined,
  now: Date = new Date(),
  toleranceSeconds = 300,
): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || !signature) return false;
  if (Math.abs(Math.floor(now.getTime() / 1000) - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(postureSignature(secret, ts, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
