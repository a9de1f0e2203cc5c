/** Argument names whose values are credentials: never stored, whatever the mutation. */
const SECRET_NAME = /secret|password|token|credential|^url$|webhook/i;
/** At most this much of an action's arguments is kept. */
export const MAX_AUDIT_ARGS_CHARS = 4096;

/**
 * A copy of `value` with every credential-named field replaced by "[redacted]" at any depth,
 * cut to MAX_AUDIT_ARGS_CHARS of JSON (then kept as a truncated preview).
 */
export function redactArgs(value: unknown): unknown {
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > 8) return '[too deep]';
    if (Array.isArray(v)) return v.slice(0, 100).map((x) => walk(x, depth + 1));
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [
          k,
          SECRET_NAME.test(k) && x !== null && x !== undefined && x !== ''
            ? '[redacted]'
            : walk(x, depth + 1),
        ]),
      );
    }
    if (typeof v === 'string' && v.length > 500) return `${v.slice(0, 500)}…`;
    return v;
  };
  const out = walk(value, 0);
  const json = JSON.stringify(out) ?? 'null';
  return json.length <= MAX_AUDIT_ARGS_CHARS
    ? out
    : { truncated: true, preview: json.slice(0, MAX_AUDIT_ARGS_CHARS - 100) };
}
