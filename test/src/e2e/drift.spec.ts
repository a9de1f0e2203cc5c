import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  startApp,
  type RunningApp,
} from '../support/app-process.js';

/** Drift over HTTP: a pushed change reads back through allDriftEvents, within the token's tenants. */
let app: RunningApp;
let dbUrl: string;
let admin: string;

const PATH = 'exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync';

const snapshot = (capturedAt: string, activeSync: boolean) =>
  JSON.stringify({
    capturedAt,
    exchangeOnline: {
      authenticationPolicies: [
        {
          Name: 'Block Basic Auth',
          AllowBasicAuthActiveSync: activeSync,
          AllowBasicAuthAutodiscover: false,
        },
        { Name: 'Other', AllowBasicAuthActiveSync: false },
      ],
      organizationConfig: { DefaultAuthenticationPolicy: 'Block Basic Auth' },
    },
  });

async function push(tenantId: string, body: string) {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { snapshotId: string; drift: Array<{ id: string; path: string }> };
}

async function newTenant(name: string): Promise<string> {
  const r = await gql<{ createTenant: { id: string } }>(
    app.url,
    admin,
    'mutation($n: String!) { createTenant(name: $n) { id } }',
    { n: name },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createTenant.id;
}

interface Event {
  id: string;
  tenantId: string;
  source: string;
  path: string;
  kind: string;
  before: unknown;
  after: unknown;
  summary: string;
  checkIds: string[];
  fromSnapshotId: string;
  toSnapshotId: string;
  capturedAt: string;
}
const FIELDS =
  'id tenantId source path kind before after summary checkIds fromSnapshotId toSnapshotId capturedAt detectedAt';

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  admin = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'e2e', '--role', 'ADMIN'])).stdout,
  );
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('drift in GraphQL', () => {
  let tenant: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    tenant = await newTenant('Drifting');
    first = (await push(tenant, snapshot('2026-11-01T00:00:00.000Z', false))).snapshotId;
    const answer = await push(tenant, snapshot('2026-11-02T00:00:00.000Z', true));
    second = answer.snapshotId;
    expect(answer.drift.map((d) => d.path)).toEqual([PATH]);
  });

  it('lists the flipped flag with its path, before, after, snapshots and linked checks', async () => {
    const r = await gql<{ allDriftEvents: Event[]; _allDriftEventsMeta: { count: number } }>(
      app.url,
      admin,
      `query($t: ID) { allDriftEvents(filter: { tenantId: $t }) { ${FIELDS} }
                      _allDriftEventsMeta(filter: { tenantId: $t }) { count } }`,
      { t: tenant },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!._allDriftEventsMeta.count).toBe(1);
    const [e] = r.data!.allDriftEvents;
    expect(e).toMatchObject({
      tenantId: tenant,
      source: 'exchangeOnline',
      path: PATH,
      kind: 'CHANGED',
      before: false,
      after: true,
      fromSnapshotId: first,
      toSnapshotId: second,
      capturedAt: '2026-11-02T00:00:00.000Z',
    });
    expect(e!.summary).toContain('AllowBasicAuthActiveSync');
    expect(e!.checkIds.length).toBeGreaterThan(0);

    const one = await gql<{ DriftEvent: Event }>(
      app.url,
      admin,
      `query($id: ID!) { DriftEvent(id: $id) { ${FIELDS} } }`,
      { id: e!.id },
    );
    expect(one.data!.DriftEvent).toEqual(e);

    const snap = await gql<{ Snapshot: { drift: Array<{ id: string }> } }>(
      app.url,
      admin,
      'query($s: ID!, $f: ID!) { Snapshot(id: $s) { drift { id } } first: Snapshot(id: $f) { drift { id } } }',
      { s: second, f: first },
    );
    expect(snap.errors).toBeUndefined();
    expect(snap.data!.Snapshot.drift).toEqual([{ id: e!.id }]);
    expect((snap.data as unknown as { first: { drift: unknown[] } }).first.drift).toEqual([]);
  });

  it('filters by path prefix, source, check, snapshot and time', async () => {
    const count = async (filter: string) => {
      const r = await gql<{ _allDriftEventsMeta: { count: number } }>(
        app.url,
        admin,
        `query($t: ID) { _allDriftEventsMeta(filter: { tenantId: $t, ${filter} }) { count } }`,
        { t: tenant },
      );
      expect(r.errors).toBeUndefined();
      return r.data!._allDriftEventsMeta.count;
    };
    expect(await count('path: "exchangeOnline.authenticationPolicies[Block Basic Auth]"')).toBe(1);
    expect(await count('path: "exchangeOnline.organizationConfig"')).toBe(0);
    expect(await count('source: exchangeOnline')).toBe(1);
    expect(await count('source: entra')).toBe(0);
    expect(await count('checkId: "EXO.AUTHPOL.BLOCKS_BASIC"')).toBe(1);
    expect(await count('checkId: "ONPREM.AUTHPOL.BLOCKS_LEGACY"')).toBe(0);
    expect(await count(`snapshotId: "${second}"`)).toBe(1);
    expect(await count(`snapshotId: "${first}"`)).toBe(0);
    expect(await count('from: "2026-11-02T00:00:00.000Z"')).toBe(1);
    expect(await count('to: "2026-11-02T00:00:00.000Z"')).toBe(0);
  });

  it("shows a VIEWER of another tenant none of this tenant's drift", async () => {
    const other = await newTenant('Elsewhere');
    const viewer = lastLine(
      (
        await cli(app.env, [
          'token',
          'create',
          '--name',
          'v',
          '--role',
          'VIEWER',
          '--tenant',
          other,
        ])
      ).stdout,
    );
    const own = await gql<{ allDriftEvents: Event[] }>(
      app.url,
      admin,
      `query($t: ID) { allDriftEvents(filter: { tenantId: $t }) { id } }`,
      { t: tenant },
    );
    const id = own.data!.allDriftEvents[0]!.id;
    const r = await gql<{
      all: Event[];
      named: Event[];
      one: Event | null;
      _allDriftEventsMeta: { count: number };
    }>(
      app.url,
      viewer,
      `query($t: ID, $id: ID!) { all: allDriftEvents { id } named: allDriftEvents(filter: { tenantId: $t }) { id }
         one: DriftEvent(id: $id) { id } _allDriftEventsMeta { count } }`,
      { t: tenant, id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ all: [], named: [], one: null, _allDriftEventsMeta: { count: 0 } });
  });
});
