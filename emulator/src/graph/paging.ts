export { decodeSkipToken, encodeSkipToken, nextLink } from '../http/skiptoken.js';
import { GraphError } from '../http/errors.js';

export const badSkipToken = () =>
  new GraphError(400, 'BadRequest', 'The $skiptoken is invalid or does not belong to this query.');

/** `$top`: a whole number from 1 to `max`; Graph answers 400 outside that range. */
export function parseTop(raw: string | null, fallback: number, max: number): number {
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new GraphError(400, 'BadRequest', `Invalid value '${raw}' for query option '$top'.`);
  const n = Number(raw);
  if (n < 1 || n > max)
    throw new GraphError(
      400,
      'BadRequest',
      `Invalid page size specified: '${n}'. Must be between 1 and ${max}.`,
    );
  return n;
}

/** `$select`: validates names against the entity's properties; null means "default set". */
export function parseSelect(
  raw: string | null,
  known: ReadonlySet<string>,
  entity: string,
): string[] | null {
  if (raw === null || raw.trim() === '') return null;
  const fields = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const f of fields) {
    if (!known.has(f))
      throw new GraphError(
        400,
        'BadRequest',
        `Could not find a property named '${f}' on type 'microsoft.graph.${entity}'.`,
      );
  }
  return fields;
}

export function pick(
  obj: Record<string, unknown>,
  fields: readonly string[] | null,
): Record<string, unknown> {
  if (!fields) return obj;
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = obj[f];
  return out;
}

/** Refuses OData options this endpoint does not implement, naming them, rather than ignoring them. */
export function rejectUnsupported(url: URL, supported: readonly string[], resource: string): void {
  for (const key of url.searchParams.keys()) {
    if (key.startsWith('$') && !supported.includes(key)) {
      throw new GraphError(
        400,
        'BadRequest',
        `Query option '${key}' is not supported on ${resource} by the emulator (supported: ${supported.join(', ')}).`,
      );
    }
  }
}
