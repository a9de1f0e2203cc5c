// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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

// The stock provider is a lazily imported chunk: load it once before timing any test.
beforeAll(() => import('ra-data-graphql-simple'), 60_000);
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

  it("leaves fields computed on demand (a run's changes, an alert's drift) out of lists, records and references", async () => {
    const run = {
      id: 'r1',
      tenantId: 't1',
      trigger: 'MANUAL',
      status: 'SUCCEEDED',
      startedAt: '2026-11-01T00:00:00Z',
      finishedAt: null,
      durationMs: null,
      score: null,
      counts: {},
      error: null,
    };
    const sent = stubGraphQLFetch({
      CheckRun: run,
      allCheckRuns: [run],
      _allCheckRunsMeta: { count: 1 },
      Alert: null,
    });
    signIn();
    await dataProvider.getOne('CheckRun', { id: 'r1' });
    await dataProvider.getList('CheckRun', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'startedAt', order: 'DESC' },
      filter: {},
    });
    await dataProvider.getMany('CheckRun', { ids: ['r1'] });
    await dataProvider.getOne('Alert', { id: 'a1' }).catch(() => undefined);
    const reads = sent.filter((r) => !isIntrospection(r));
    expect(reads).toHaveLength(4);
    for (const r of reads) {
      expect(r.query).not.toMatch(/\bchanges\b/);
      expect(r.query).not.toMatch(/\bdrift\b/);
    }
    expect(reads[0]!.query).toMatch(/\bstartedAt\b/); // the other fields are still there
  });
});
