import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  REPO,
  startApp,
  type RunningApp,
} from '../support/app-process.js';

/**
 * The whole slice over HTTP, as a user runs it: a server PostgreSQL named by DATABASE_URL (a
 * database that does not exist yet), a token from the CLI, push → runChecks → allCheckResults.
 */
let app: RunningApp;
let dbUrl: string;
let admin: string;

const blockingPolicy = {
  Name: 'Block Basic Auth',
  AllowBasicAuthActiveSync: false,
  AllowBasicAuthAutodiscover: false,
  AllowBasicAuthOutlookService: false,
};

async function push(
  kind: 'snapshots' | 'signins',
  tenantId: string,
  body: string,
  token: string | null,
  contentType = 'application/json',
) {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/${kind}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
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

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  const made = await cli(app.env, ['token', 'create', '--name', 'e2e', '--role', 'ADMIN']);
  expect(made.code, made.stderr).toBe(0);
  admin = lastLine(made.stdout);
  expect(admin).toMatch(/^pwt_[A-Za-z0-9_-]{40,}$/);
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('walking skeleton over HTTP', () => {
  it('answers /health without a token', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
  });

  it('sends security headers on the dashboard, GraphQL and the push API', async () => {
    for (const [where, init] of [
      ['/', {}],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/api/v1/tenants/x/snapshots', { method: 'POST' }],
    ] as const) {
      const res = await fetch(`${app.url}${where}`, init);
      expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), where).toBe('DENY');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, where).toContain("default-src 'self'");
      expect(csp, where).toContain("script-src 'self'");
      expect(csp, where).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-powered-by'), where).toBeNull();
    }
  });

  it('refuses, before running anything, a viewer query of 1,000 aliases or 5,000 tokens', async () => {
    const made = await cli(app.env, ['token', 'create', '--name', 'viewer', '--role', 'VIEWER']);
    const viewer = lastLine(made.stdout);
    const ask = async (query: string) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
      return {
        status: res.status,
        data: body.data,
        messages: body.errors?.map((e) => e.message).join(),
      };
    };
    const aliases = (n: number) =>
      `query { ${Array.from({ length: n }, (_, i) => `a${i}: allTenants { id }`).join(' ')} }`;
    const started = Date.now();
    // 1,000 aliases are 6,000 tokens: refused before parsing; 100 are refused by the alias rule.
    const thousand = await ask(aliases(1000));
    expect(thousand).toMatchObject({ status: 400, data: undefined });
    expect(thousand.messages).toMatch(/Token limit of 3000 exceeded/);
    const hundred = await ask(aliases(100));
    expect(hundred).toMatchObject({ status: 400, data: undefined });
    expect(hundred.messages).toMatch(/Aliases limit of 15 exceeded, found 100/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await ask(aliases(15))).data).toBeDefined();
    const tokens = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
      body: JSON.stringify({ query: `query { allTenants { ${'id '.repeat(5000)} } }` }),
    });
    expect(tokens.status).toBe(400);
    expect(JSON.stringify(await tokens.json())).toMatch(/Token limit of 3000 exceeded/);
  });

  it('answers nothing without a token: 401 on REST, UNAUTHENTICATED with no data on GraphQL', async () => {
    const t = await newTenant('Locked');
    expect((await push('snapshots', t, '{}', null)).status).toBe(401);
    expect((await push('snapshots', t, '{}', 'pwt_not-a-real-token')).status).toBe(401);
    for (const query of [
      '{ allTenants { id } }',
      '{ __schema { types { name } } }',
      'mutation { runChecks(tenantId: "x") { id } }',
    ]) {
      const r = await gql(app.url, null, query);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.data ?? null).toBeNull();
    }
  });

  it('push → runChecks → allCheckResults with a CLI-made token', async () => {
    const t = await newTenant('Contoso');
    const snap = await push(
      'snapshots',
      t,
      JSON.stringify({
        capturedAt: new Date().toISOString(),
        exchangeOnline: {
          authenticationPolicies: [blockingPolicy],
          organizationConfig: { DefaultAuthenticationPolicy: null },
        },
      }),
      admin,
    );
    expect(snap.status).toBe(201);
    expect(snap.body).toMatchObject({ snapshotId: expect.any(String) });

    const run = await gql<{
      runChecks: { id: string; status: string; trigger: string; score: number | null };
    }>(
      app.url,
      admin,
      'mutation($t: ID!) { runChecks(tenantId: $t) { id status trigger score startedAt finishedAt } }',
      { t },
    );
    expect(run.errors).toBeUndefined();
    expect(run.data!.runChecks).toMatchObject({ status: 'SUCCEEDED', trigger: 'MANUAL' });

    const results = await gql<{
      allCheckResults: Array<{
        checkId: string;
        status: string;
        runId: string;
        severity: string;
        evidence: { policies: unknown[] };
      }>;
    }>(
      app.url,
      admin,
      `query($t: ID!, $r: ID!) { allCheckResults(filter: { tenantId: $t, runId: $r, checkId: "EXO.AUTHPOL.BLOCKS_BASIC" }) {
         id tenantId runId checkId status severity metric summary evidence remediation evaluatedAt } }`,
      { t, r: run.data!.runChecks.id },
    );
    expect(results.errors).toBeUndefined();
    expect(results.data!.allCheckResults).toHaveLength(1);
    expect(results.data!.allCheckResults[0]).toMatchObject({
      status: 'PASS',
      severity: 'HIGH',
      runId: run.data!.runChecks.id,
    });

    // A later snapshot that allows Basic again turns the newest result into a FAIL.
    await push(
      'snapshots',
      t,
      JSON.stringify({
        capturedAt: new Date().toISOString(),
        exchangeOnline: {
          authenticationPolicies: [{ ...blockingPolicy, AllowBasicAuthActiveSync: true }],
        },
      }),
      admin,
    );
    await gql(app.url, admin, 'mutation($t: ID!) { runChecks(tenantId: $t) { id } }', { t });
    const latest = await gql<{
      allCheckResults: Array<{ status: string }>;
      _allCheckResultsMeta: { count: number };
    }>(
      app.url,
      admin,
      `query($t: ID!) { allCheckResults(filter: { tenantId: $t, checkId: "EXO.AUTHPOL.BLOCKS_BASIC", latest: true }) { status }
         _allCheckResultsMeta(filter: { tenantId: $t, checkId: "EXO.AUTHPOL.BLOCKS_BASIC" }) { count } }`,
      { t },
    );
    expect(latest.data!.allCheckResults.map((r) => r.status)).toEqual(['FAIL']);
    expect(latest.data!._allCheckResultsMeta.count).toBe(2);
  });

  it('answers a push with the drift since the previous snapshot; a reordered list is none', async () => {
    const t = await newTenant('Drifting');
    const allowing = {
      ...blockingPolicy,
      Name: 'Allow Basic Auth',
      AllowBasicAuthActiveSync: true,
    };
    const body = (minutesAgo: number, policies: object[]) =>
      JSON.stringify({
        capturedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
        exchangeOnline: { authenticationPolicies: policies },
      });
    const first = await push('snapshots', t, body(30, [blockingPolicy, allowing]), admin);
    expect(first.body).toMatchObject({ drift: [], driftOmitted: 0 });
    const reordered = await push('snapshots', t, body(20, [allowing, blockingPolicy]), admin);
    expect(reordered.body).toMatchObject({ drift: [], driftOmitted: 0 });
    const flipped = await push(
      'snapshots',
      t,
      body(10, [{ ...blockingPolicy, AllowBasicAuthActiveSync: true }, allowing]),
      admin,
    );
    expect(flipped.status).toBe(201);
    expect(flipped.body.drift).toEqual([
      expect.objectContaining({
        path: 'exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync',
        kind: 'CHANGED',
        before: false,
        after: true,
        fromSnapshotId: reordered.body.snapshotId,
        toSnapshotId: flipped.body.snapshotId,
      }),
    ]);
    expect(flipped.body.driftOmitted).toBe(0);
  });

  it('answers a bad push body with 400, the JSON path and reason of each problem, and stores nothing', async () => {
    const t = await newTenant('Bad bodies');
    const bad = await push(
      'snapshots',
      t,
      JSON.stringify({
        capturedAt: 'soon',
        exchangeOnline: { authenticationPolicies: [{ Name: 1 }] },
      }),
      admin,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual(
      expect.arrayContaining([
        { path: 'capturedAt', reason: expect.stringMatching(/ISO-8601/) },
        { path: 'exchangeOnline.authenticationPolicies[0].Name', reason: expect.any(String) },
      ]),
    );
    expect((await push('snapshots', t, '{not json', admin)).status).toBe(400);
    expect((await push('signins', t, '[1,2]', admin)).status).toBe(400);
    const count = await gql<{ _allSnapshotsMeta: { count: number } }>(
      app.url,
      admin,
      'query($t: ID!) { _allSnapshotsMeta(filter: { tenantId: $t }) { count } }',
      { t },
    );
    expect(count.data!._allSnapshotsMeta.count).toBe(0);
  });

  it("ingests Microsoft's published sign-in page and NDJSON, counting every event once", async () => {
    const t = await newTenant('Sign-ins');
    const page = JSON.parse(
      readFileSync(
        path.join(REPO, 'test', 'fixtures', 'microsoft-examples', 'signins-beta-example.json'),
        'utf8',
      ),
    ) as { value: Array<Record<string, unknown>> };
    page.value = page.value.map((e, i) => ({
      ...e,
      createdDateTime: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
    }));
    const first = await push('signins', t, JSON.stringify(page), admin);
    expect(first).toEqual({
      status: 200,
      body: { accepted: page.value.length, duplicates: 0, rejected: [] },
    });
    const ndjson = [
      JSON.stringify(page.value[0]),
      '{oops',
      JSON.stringify({ id: 'n1', createdDateTime: new Date().toISOString() }),
    ].join('\n');
    const second = await push('signins', t, ndjson, admin, 'application/x-ndjson');
    expect(second.body).toEqual({
      accepted: 1,
      duplicates: 1,
      rejected: [{ index: 1, reason: expect.stringMatching(/not valid JSON/) }],
    });
  });

  it('changes only the settings given, and names the setting it refuses', async () => {
    const t = await newTenant('Settings');
    const read = async () =>
      (
        await gql<{ Tenant: { settings: Record<string, unknown> } }>(
          app.url,
          admin,
          'query($t: ID!) { Tenant(id: $t) { settings { checkSchedule signInLookbackDays declaredSources } } }',
          { t },
        )
      ).data!.Tenant.settings;
    const before = await read();
    const changed = await gql(
      app.url,
      admin,
      'mutation($t: ID!) { updateTenant(id: $t, settings: { signInLookbackDays: 14, declaredSources: [entra] }) { id } }',
      { t },
    );
    expect(changed.errors).toBeUndefined();
    expect(await read()).toEqual({
      ...before,
      signInLookbackDays: 14,
      declaredSources: ['entra'],
    });

    const refused = await gql(
      app.url,
      admin,
      'mutation($t: ID!) { updateTenant(id: $t, settings: { signInLookbackDays: 500, checkSchedule: "daily" }) { id } }',
      { t },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (refused.errors?.[0]?.extensions?.problems as Array<{ path: string }>).map(
      (p) => p.path,
    );
    expect(paths).toContain('settings.signInLookbackDays');
    expect(paths).toContain('settings.checkSchedule');
    expect((await read()).signInLookbackDays).toBe(14);
  });

  it('marks the pilot wave as the checks choose it: the lowest order', async () => {
    const t = await newTenant('Waves');
    for (const [name, order] of [
      ['Wave 2', 2],
      ['Pilot', 1],
      ['Wave 3', 3],
    ] as const) {
      const made = await gql(
        app.url,
        admin,
        'mutation($t: ID!, $n: String!, $o: Int!) { createRolloutWave(tenantId: $t, name: $n, groupId: $n, order: $o) { id } }',
        { t, n: name, o: order },
      );
      expect(made.errors).toBeUndefined();
    }
    const waves = await gql<{ allRolloutWaves: Array<{ name: string; isPilot: boolean }> }>(
      app.url,
      admin,
      'query($t: ID) { allRolloutWaves(filter: { tenantId: $t }, perPage: 2) { name isPilot } }',
      { t },
    );
    expect(waves.data!.allRolloutWaves).toEqual([
      { name: 'Pilot', isPilot: true },
      { name: 'Wave 2', isPilot: false },
    ]);
  });

  it("keeps tenants apart: a token limited to one tenant sees another's data as missing", async () => {
    const mine = await newTenant('Mine');
    const theirs = await newTenant('Theirs');
    const viewer = lastLine(
      (await cli(app.env, ['token', 'create', '--name', 'v', '--role', 'VIEWER', '--tenant', mine]))
        .stdout,
    );
    const collector = lastLine(
      (
        await cli(app.env, [
          'token',
          'create',
          '--name',
          'c',
          '--role',
          'COLLECTOR',
          '--tenant',
          mine,
        ])
      ).stdout,
    );
    const seen = await gql<{ allTenants: Array<{ id: string }>; Tenant: unknown }>(
      app.url,
      viewer,
      'query($t: ID!) { allTenants { id } Tenant(id: $t) { id } }',
      { t: theirs },
    );
    expect(seen.data!.allTenants.map((x) => x.id)).toEqual([mine]);
    expect(seen.data!.Tenant).toBeNull();
    const body = JSON.stringify({ capturedAt: new Date().toISOString(), entra: { groups: [] } });
    expect((await push('snapshots', theirs, body, collector)).status).toBe(404);
    expect((await push('snapshots', mine, body, collector)).status).toBe(201);
    expect((await push('snapshots', mine, body, viewer)).status).toBe(403);
    // A collector pushes and does nothing else.
    const r = await gql(app.url, collector, '{ allTenants { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A viewer may read but not run checks.
    const denied = await gql(
      app.url,
      viewer,
      'mutation($t: ID!) { runChecks(tenantId: $t) { id } }',
      { t: mine },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('signs a user in with the password given on stdin, and refuses a wrong one', async () => {
    const made = await cli(
      app.env,
      ['user', 'create', '--email', 'Ana@Contoso.com', '--role', 'ANALYST', '--password-stdin'],
      'correct horse battery staple\n',
    );
    expect(made.code, made.stderr).toBe(0);
    const ok = await gql<{ login: { token: string; user: { email: string; role: string } } }>(
      app.url,
      null,
      'mutation { login(email: "ana@contoso.com", password: "correct horse battery staple") { token user { email role } } }',
    );
    expect(ok.data!.login.user).toEqual({ email: 'ana@contoso.com', role: 'ANALYST' });
    const me = await gql<{ allTenants: unknown[] }>(
      app.url,
      ok.data!.login.token,
      '{ allTenants { id } }',
    );
    expect(me.errors).toBeUndefined();
    const wrong = await gql(
      app.url,
      null,
      'mutation { login(email: "ana@contoso.com", password: "nope nope nope") { token } }',
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(app.output()).not.toContain('correct horse battery staple');
  });

  it('refuses to start with DATABASE_URL but no POSTURE_SECRET_KEY, naming it', async () => {
    await expect(startApp({ DATABASE_URL: dbUrl, POSTURE_SECRET_KEY: '' })).rejects.toThrow(
      /POSTURE_SECRET_KEY/,
    );
  });
});
