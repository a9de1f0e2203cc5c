import { isUtf8 } from 'node:buffer';
import { formatPath, type InputProblem } from '../errors.js';

/**
 * What every pushed JSON value must respect, whatever its schema says (docs/api.md, "Limits on
 * pushed data"). The schemas name the fields the checks read; this walker bounds everything else
 * too, including the unknown fields a loose object keeps, so a field added to a schema later is
 * bounded without a line of its own.
 */
export const PUSH_JSON_LIMITS = {
  /** Characters in one string value (a Conditional Access rule may hold 3,072). */
  stringChars: 4_096,
  /** Characters in one object key. */
  keyChars: 256,
  /** Nesting of objects and arrays. */
  depth: 32,
} as const;

/** Keys that would reach Object.prototype in a careless merge: refused at any depth. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** At most this many problems are named; the walk stops there. */
const MAX_PROBLEMS = 20;

/**
 * Problems PostgreSQL or a later reader would have with a value: strings longer than the limit,
 * not well-formed UTF-16 (a lone surrogate such as `\ud800`, which has no UTF-8 form), or holding
 * U+0000 (refused by text and jsonb columns); numbers that are not finite; prototype keys;
 * nesting deeper than the limit. Each problem names its JSON path. Depth-first, in document order;
 * the walk never goes deeper than `limits.depth`, so deep input cannot overflow the stack.
 */
export function jsonProblems(
  value: unknown,
  limits: { stringChars: number; keyChars: number; depth: number } = PUSH_JSON_LIMITS,
  at: ReadonlyArray<PropertyKey> = [],
): InputProblem[] {
  const problems: InputProblem[] = [];
  // One path, extended and shortened as the walk goes: a value's path is only written out
  // (formatPath) when it has a problem, so a clean event allocates nothing per value.
  const path: PropertyKey[] = [...at];
  const visit = (v: unknown): void => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (typeof v === 'string') {
      const reason = stringProblem(v, limits.stringChars);
      if (reason) problems.push({ path: formatPath(path), reason });
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v))
        problems.push({ path: formatPath(path), reason: 'not a finite number' });
    } else if (v !== null && typeof v === 'object') {
      if (path.length - at.length >= limits.depth) {
        problems.push({
          path: formatPath(path),
          reason: `nested deeper than ${limits.depth} levels`,
        });
        return;
      }
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          path.push(i);
          visit(v[i]);
          path.pop();
        }
        return;
      }
      const keys = Object.keys(v);
      // An object's bad keys are named when it is reached, last key first, before any of its
      // values (the order of the walk this replaced, which stacked the keys in reverse).
      let bad: Set<number> | undefined;
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        if (FORBIDDEN_KEYS.has(key)) {
          path.push(key);
          problems.push({ path: formatPath(path), reason: `the key "${key}" is not allowed` });
          path.pop();
          (bad ??= new Set()).add(k);
          continue;
        }
        const keyReason = stringProblem(key, limits.keyChars);
        if (keyReason) {
          problems.push({ path: formatPath(path), reason: `a key ${keyReason}` });
          (bad ??= new Set()).add(k);
        }
      }
      for (let k = 0; k < keys.length; k++) {
        if (bad?.has(k)) continue;
        path.push(keys[k]!);
        visit((v as Record<string, unknown>)[keys[k]!]);
        path.pop();
      }
    }
  };
  visit(value);
  return problems;
}

/** With the u flag a valid pair is one code point, so this matches only an unpaired half. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a string cannot be stored, or null. */
export function stringProblem(s: string, maxChars: number): string | null {
  if (s.length > maxChars) return `is ${s.length} characters long; at most ${maxChars} are allowed`;
  if (LONE_SURROGATE.test(s)) return 'is not valid Unicode (a lone surrogate has no UTF-8 form)';
  if (s.includes('\u0000')) return 'contains U+0000, which cannot be stored';
  return null;
}

/**
 * Decodes UTF-8 strictly: invalid bytes are a problem naming their offset, never silently
 * replaced by U+FFFD.
 */
export function decodeUtf8(
  raw: Uint8Array,
  where = '(body)',
): { ok: true; text: string } | { ok: false; problem: InputProblem } {
  // Valid input (nearly all of it) is checked and decoded without a TextDecoder per call; the
  // decoder's one liberty, dropping a leading byte order mark, is kept.
  if (isUtf8(raw)) {
    const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return {
      ok: false,
      problem: { path: where, reason: `not valid UTF-8 at byte ${firstInvalidUtf8(raw)}` },
    };
  }
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n =
      c < 0x80
        ? 1
        : c >= 0xc2 && c < 0xe0
          ? 2
          : c >= 0xe0 && c < 0xf0
            ? 3
            : c >= 0xf0 && c < 0xf5
              ? 4
              : 0;
    if (n === 0) return i;
    if (i + n > b.length) return i;
    const ok = new TextDecoder('utf-8', { fatal: true });
    try {
      ok.decode(b.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}
