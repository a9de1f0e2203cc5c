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

/**
 * Alerts over HTTP as people meet them: a pushed snapshot regresses a check, the run opens an
 * alert, an ANALYST acknowledges and resolves it (who, when, comment), a VIEWER may only read.
 */
let app: RunningApp;
let dbUrl: string;
let admin: string;
let analyst: string;
let viewer: string;

const BLOCKS_BASIC = 'EXO.AUTHPOL.BLOCKS_BASIC';

async function token(name: string, role: string): Promise<string> {
  const made = await cli(app.env, ['token', 'create', '--name', name, '--role', role]);
  expect(made.code, made.stderr).toBe(0);
  return lastLine(made.stdout);
}

async function pushSnapshot(tenantId: string, allowActiveSync: boolean) {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({
      capturedAt: new Date().toISOString(),
      exchangeOnline: {
        organizationConfig: { DefaultAuthenticationPolicy: null },
        authenticationPolicies: [
          {
            Name: 'Block Basic Auth',
            AllowBasicAuthActiveSync: allowActiveSync,
            AllowBasicAuthAutodiscover: false,
            AllowBasicAuthOutlookService: false,
          },
        ],
      },
    }),
  });
  expect(res.status).toBe(201);
}

async function runChecks(tenantId: string): Promise<string> {
  const r = await gql<{ runChecks: { id: string; status: string } }>(
    app.url,
    admin,
    'mutation($t: ID!) { runChecks(tenantId: $t) { id status } }',
    { t: tenantId },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.runChecks.status).toBe('SUCCEEDED');
  return r.data!.runChecks.id;
}

const ALERT_FIELDS = `id tenantId checkId title kind state severity beforeStatus afterStatus
  firstRunId latestRunId items { list kind key row }
  firstResult { id runId checkId status title } latestResult { id status }
  acknowledgedAt acknowledgedBy acknowledgeComment resolvedAt resolvedBy resolveComment`;

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  admin = await token('e2e', 'ADMIN');
  analyst = await token('ana', 'ANALYST');
  viewer = await token('vic', 'VIEWER');
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('alerts over HTTP', () => {
  it('a regression opens an alert that an ANALYST acknowledges and resolves; a VIEWER may not', async () => {
    const created = await gql<{ createTenant: { id: string } }>(
      app.url,
      admin,
      'mutation { createTenant(name: "Contoso") { id } }',
    );
    const t = created.data!.createTenant.id;
    await pushSnapshot(t, false);
    await runChecks(t);
    await pushSnapshot(t, true);
    const failingRun = await runChecks(t);

    const list = await gql<{
      allAlerts: Array<Record<string, unknown>>;
      _allAlertsMeta: { count: number };
    }>(
      app.url,
      viewer,
      `query($f: AlertFilterInput) { allAlerts(filter: $f) { ${ALERT_FIELDS} } _allAlertsMeta(filter: $f) { count } }`,
      { f: { tenantId: t, checkId: BLOCKS_BASIC, state: ['OPEN', 'ACKNOWLEDGED'] } },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!._allAlertsMeta.count).toBe(1);
    const [alert] = list.data!.allAlerts;
    expect(alert).toMatchObject({
      checkId: BLOCKS_BASIC,
      kind: 'REGRESSION',
      state: 'OPEN',
      beforeStatus: 'PASS',
      afterStatus: 'FAIL',
      firstRunId: failingRun,
      firstResult: { runId: failingRun, checkId: BLOCKS_BASIC, status: 'FAIL' },
      latestResult: { status: 'FAIL' },
      acknowledgedBy: null,
    });
    // The title comes from the check catalogue, not the id.
    expect((alert as { title: string }).title).not.toBe(BLOCKS_BASIC);
    const id = alert!.id as string;

    const counts = await gql<{ openAlertCounts: Array<{ severity: string; count: number }> }>(
      app.url,
      viewer,
      'query($t: ID) { openAlertCounts(tenantId: $t) { severity count } }',
      { t },
    );
    const severity = alert!.severity as string;
    expect(
      counts.data!.openAlertCounts.find((c) => c.severity === severity)?.count,
    ).toBeGreaterThanOrEqual(1);

    const refused = await gql(
      app.url,
      viewer,
      'mutation($id: ID!) { acknowledgeAlert(id: $id, comment: "mine") { id } }',
      { id },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // What the dashboard words in the reader's language: the role needed and the caller's.
    expect(refused.errors?.[0]?.extensions?.detail).toEqual({
      code: 'ROLE_REQUIRED',
      params: { roles: ['ANALYST'], role: 'VIEWER' },
    });

    const acked = await gql<{ acknowledgeAlert: Record<string, unknown> }>(
      app.url,
      analyst,
      `mutation($id: ID!) { acknowledgeAlert(id: $id, comment: "looking") { ${ALERT_FIELDS} } }`,
      { id },
    );
    expect(acked.errors).toBeUndefined();
    // Who acted is the caller's subject: a token records its name.
    expect(acked.data!.acknowledgeAlert).toMatchObject({
      state: 'ACKNOWLEDGED',
      acknowledgedBy: 'token:ana',
      acknowledgeComment: 'looking',
      acknowledgedAt: expect.any(String),
    });

    // Acknowledging twice is a conflict that names the alert's state.
    const again = await gql(
      app.url,
      analyst,
      'mutation($ids: [ID!]!) { acknowledgeAlerts(ids: $ids) { id } }',
      { ids: [id] },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('ACKNOWLEDGED');
    expect(again.errors?.[0]?.extensions?.detail).toEqual({
      code: 'ALERT_STATE',
      params: { action: 'acknowledge', alerts: [id], states: ['ACKNOWLEDGED'] },
    });

    const resolved = await gql<{ resolveAlerts: Array<Record<string, unknown>> }>(
      app.url,
      analyst,
      `mutation($ids: [ID!]!) { resolveAlerts(ids: $ids, comment: "policy fixed by hand") { ${ALERT_FIELDS} } }`,
      { ids: [id] },
    );
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveAlerts).toEqual([
      expect.objectContaining({
        id,
        state: 'RESOLVED',
        resolvedBy: 'token:ana',
        resolveComment: 'policy fixed by hand',
        acknowledgedBy: 'token:ana',
      }),
    ]);

    const read = await gql<{ Alert: Record<string, unknown> | null }>(
      app.url,
      viewer,
      'query($id: ID!) { Alert(id: $id) { id state } }',
      { id },
    );
    expect(read.data!.Alert).toEqual({ id, state: 'RESOLVED' });
    const openNow = await gql<{ _allAlertsMeta: { count: number } }>(
      app.url,
      viewer,
      'query($f: AlertFilterInput) { _allAlertsMeta(filter: $f) { count } }',
      { f: { tenantId: t, checkId: BLOCKS_BASIC, state: ['OPEN', 'ACKNOWLEDGED'] } },
    );
    expect(openNow.data!._allAlertsMeta.count).toBe(0);
  });
});
