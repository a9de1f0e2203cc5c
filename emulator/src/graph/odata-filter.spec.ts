import { describe, expect, it } from 'vitest';
import { conjuncts, FilterSyntaxError, parseFilter, parseInstant } from './odata-filter.js';
import { compileSignInFilter, withinBounds } from './signin-query.js';

describe('OData $filter parsing', () => {
  it('parses comparisons, and/or precedence and the any() lambda', () => {
    const tree = parseFilter(
      "createdDateTime ge 2026-01-13T14:13:32Z and (appId eq 'a' or appId eq 'b') and signInEventTypes/any(t: t eq 'nonInteractiveUser')",
    );
    const terms = conjuncts(tree);
    expect(terms.map((t) => t.type)).toEqual(['cmp', 'or', 'lambda']);
    expect(() => parseFilter('createdDateTime gx 1')).toThrow(FilterSyntaxError);
    expect(() => parseFilter("appId eq 'unterminated")).toThrow(/unterminated/);
  });

  it('keeps Graph 100 ns precision and honours inclusive and exclusive bounds', () => {
    expect(parseInstant('2020-03-13T19:15:41.6195833Z')).toEqual({
      ms: Date.parse('2020-03-13T19:15:41.619Z'),
      ticks: 5833,
    });
    expect(parseInstant('2021-06-30T16:34:32+09:00')).toEqual({
      ms: Date.parse('2021-06-30T07:34:32Z'),
      ticks: 0,
    });
    const q = compileSignInFilter(
      'createdDateTime gt 2020-03-13T19:15:41.6195833Z and createdDateTime le 2020-03-13T19:15:42Z',
      'beta',
    );
    const at = (iso: string) => parseInstant(iso) ?? { ms: 0, ticks: 0 };
    expect(withinBounds(at('2020-03-13T19:15:41.6195833Z'), q)).toBe(false);
    expect(withinBounds(at('2020-03-13T19:15:41.6195834Z'), q)).toBe(true);
    expect(withinBounds(at('2020-03-13T19:15:42Z'), q)).toBe(true);
    expect(withinBounds(at('2020-03-13T19:15:42.0000001Z'), q)).toBe(false);
  });
});
