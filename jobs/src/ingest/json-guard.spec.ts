import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, type InputProblem } from '../errors.js';
import {
  decodeUtf8,
  FORBIDDEN_KEYS,
  jsonProblems,
  PUSH_JSON_LIMITS,
  stringProblem,
} from './json-guard.js';

/**
 * The walker before it was made recursive (a stack of values, each with its own copy of its
 * path): the reference its replacement must agree with, problem for problem and in order.
 */
function stackWalk(
  value: unknown,
  limits: { stringChars: number; keyChars: number; depth: number },
  at: ReadonlyArray<PropertyKey> = [],
): InputProblem[] {
  const problems: InputProblem[] = [];
  const stack: Array<{ v: unknown; path: PropertyKey[] }> = [{ v: value, path: [...at] }];
  while (stack.length > 0 && problems.length < 20) {
    const { v, path } = stack.pop()!;
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
        continue;
      }
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
        continue;
      }
      for (const key of Object.keys(v).reverse()) {
        const here = [...path, key];
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({ path: formatPath(here), reason: `the key "${key}" is not allowed` });
          continue;
        }
        const keyReason = stringProblem(key, limits.keyChars);
        if (keyReason) {
          problems.push({ path: formatPath(path), reason: `a key ${keyReason}` });
          continue;
        }
        stack.push({ v: (v as Record<string, unknown>)[key], path: here });
      }
    }
  }
  return problems;
}

// Strings and keys that trip every rule under small limits: long, lone surrogates, U+0000.
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', 'ok', 'toolongvalue', '\ud800', 'a\udc00b', '😀', 'x\u0000y'),
);
const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'averylongkey', '\ud83d', 'k\u0000'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(0, -1.5, Number.NaN, Number.POSITIVE_INFINITY, null, true, false),
    fc.array(tie('value'), { maxLength: 4 }),
    // Object.fromEntries defines "__proto__" as an own key, as JSON.parse does.
    fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((e) => Object.fromEntries(e)),
  ),
})).value;

describe('jsonProblems', () => {
  it('names the same problems in the same order as the stack walk it replaced', () => {
    const small = { stringChars: 5, keyChars: 4, depth: 3 };
    fc.assert(
      fc.property(json, fc.boolean(), (v, prefixed) => {
        const at = prefixed ? ['raw', 2] : [];
        expect(jsonProblems(v, small, at)).toEqual(stackWalk(v, small, at));
        expect(jsonProblems(v)).toEqual(stackWalk(v, PUSH_JSON_LIMITS));
      }),
      { numRuns: 3000 },
    );
  });

  it('stops after twenty problems, and at the depth limit however deep the input', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, '\u0000']));
    expect(jsonProblems(many)).toHaveLength(20);
    expect(jsonProblems(many)[0]).toEqual({
      path: 'k0',
      reason: 'contains U+0000, which cannot be stored',
    });
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonProblems({ a: deep })).toEqual([
      { path: `a${'[0]'.repeat(31)}`, reason: 'nested deeper than 32 levels' },
    ]);
  });
});

describe('decodeUtf8', () => {
  it('decodes exactly as a fatal TextDecoder does, and names the first bad byte otherwise', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((t) => new TextEncoder().encode(t)),
      // A byte order mark first, a character cut short, a surrogate encoded, an overlong form.
      fc
        .constantFrom(
          [0xef, 0xbb, 0xbf, 0x61],
          [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
          [0x61, 0xe6, 0x97],
          [0xed, 0xa0, 0x80],
          [0xc0, 0xaf],
          [0xf4, 0x90, 0x80, 0x80],
        )
        .map((b) => Uint8Array.from(b)),
    );
    fc.assert(
      fc.property(bytes, (raw) => {
        let expected: string | null;
        try {
          expected = new TextDecoder('utf-8', { fatal: true }).decode(raw);
        } catch {
          expected = null;
        }
        const d = decodeUtf8(raw, 'line');
        if (expected === null) {
          expect(d.ok).toBe(false);
          if (!d.ok) expect(d.problem.reason).toMatch(/^not valid UTF-8 at byte \d+$/);
        } else expect(d).toEqual({ ok: true, text: expected });
      }),
      { numRuns: 5000 },
    );
    expect(decodeUtf8(Uint8Array.from([0x61, 0x62, 0xff]))).toEqual({
      ok: false,
      problem: { path: '(body)', reason: 'not valid UTF-8 at byte 2' },
    });
  });
});
