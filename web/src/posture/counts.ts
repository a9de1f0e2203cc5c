import type { CheckStatus } from '../gql/graphql';
import { CHECK_STATUSES } from './enums';

/**
 * A `counts` JSON scalar (results per status, from the server) as [status, count] pairs in
 * status order, zeros and unknown statuses left out. A server that sends JSON as a string is
 * handled too.
 */
export function statusCounts(value: unknown): Array<[CheckStatus, number]> {
  const counts = asObject(value);
  if (!counts) return [];
  const out: Array<[CheckStatus, number]> = [];
  for (const status of CHECK_STATUSES) {
    const n = counts[status];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) out.push([status, n]);
  }
  return out;
}

function asObject(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'string') {
    try {
      return asObject(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
