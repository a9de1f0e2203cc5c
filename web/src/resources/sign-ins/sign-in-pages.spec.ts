// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataProvider } from '../../data/data-provider';
import { stubGraphQLFetch } from '../../testing/graphql-fetch';
import { signIn } from '../../testing/render';
import { aboutCount } from './EstimatePagination';
import { forgetCursors } from './sign-in-pages';

const row = (n: number) => ({
  id: `s${n}`,
  tenantId: 't1',
  createdAt: '2026-11-01T00:00:00Z',
  cursor: `c${n}`,
  isLegacy: false,
  isExchange: true,
  success: true,
});

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  forgetCursors();
});

describe('sign-in pages', () => {
  it('reads the next page after the last row of the page before (keyset), a jump by number', async () => {
    const sent = stubGraphQLFetch({
      allSignIns: ({ page }: { page: number }) => [row(page * 2), row(page * 2 + 1)],
      _allSignInsMeta: { count: 1_234_567, isEstimate: true },
    });
    signIn('token');
    const params = (page: number) => ({
      pagination: { page, perPage: 2 },
      sort: { field: 'createdAt', order: 'DESC' as const },
      filter: { legacyOnly: true },
    });
    const first = await dataProvider.getList('SignIn', params(1));
    expect(first.total).toBe(1_234_567);
    expect(first.meta).toEqual({ isEstimate: true });
    await dataProvider.getList('SignIn', params(2));
    await dataProvider.getList('SignIn', params(7));
    const afters = sent.map((r) => r.variables.after);
    expect(afters).toEqual([null, 'c1', null]);
    expect(sent.map((r) => r.variables.page)).toEqual([0, 1, 6]);
    // Another filter is another list: no cursor of the first applies.
    await dataProvider.getList('SignIn', { ...params(2), filter: {} });
    expect(sent.at(-1)!.variables.after).toBeNull();
  });

  it('an estimated total reads short in each language', () => {
    expect(aboutCount(1_234_567, 'en')).toBe('1.2M');
    expect(aboutCount(1_234_567, 'ja')).toBe('123.5万');
    expect(aboutCount(1_234_567, 'zh-TW')).toBe('123.5萬');
  });
});
