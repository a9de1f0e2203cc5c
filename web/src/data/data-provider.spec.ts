// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../testing/render';
import { stubGraphQLFetch, type SentRequest } from '../testing/graphql-fetch';
import { dataProvider, resetDataProvider } from './data-provider';

const tenant = {
  id: 't1',
  name: 'Contoso',
  entraTenantId: null,
  createdAt: '2026-11-01T00:00:00Z',
};
const root = { allTenants: [tenant], _allTenantsMeta: { count: 1 } };
const list = () =>
  dataProvider.getList('Tenant', {
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'name', order: 'ASC' },
    filter: {},
  });
const isIntrospection = (r: SentRequest) => r.query.includes('__schema');

beforeEach(() => resetDataProvider());
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('dataProvider', () => {
  it('reads the schema with the stored token, once, and again when the token changes', async () => {
    const sent = stubGraphQLFetch(root);
    signIn('token-a');
    expect((await list()).data.map((t) => t.name)).toEqual(['Contoso']);
    await list();
    expect(sent.filter(isIntrospection).map((r) => r.authorization)).toEqual(['Bearer token-a']);

    signIn('token-b');
    await list();
    expect(sent.filter(isIntrospection).map((r) => r.authorization)).toEqual([
      'Bearer token-a',
      'Bearer token-b',
    ]);
    expect(sent.at(-1)?.authorization).toBe('Bearer token-b');
  });

  it('forgets a failed introspection, so the next call tries again', async () => {
    let failures = 1;
    const sent = stubGraphQLFetch(root, {
      fail: (r) =>
        isIntrospection(r) && failures-- > 0 ? new Response('unavailable', { status: 503 }) : null,
    });
    signIn();
    await expect(list()).rejects.toBeTruthy();
    expect((await list()).total).toBe(1);
    expect(sent.filter(isIntrospection)).toHaveLength(2);
  });

  it('asks the server nothing without a token', async () => {
    const sent = stubGraphQLFetch(root);
    await expect(list()).rejects.toMatchObject({ status: 401 });
    expect(sent).toEqual([]);
  });
});
