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
 * What Windows PowerShell 5.1's plain ConvertTo-Json writes ("\/Date(ms)\/" dates, enums as their
 * numbers, a ServerVersion as an object) is accepted by the push API and judged exactly like the
 * ISO body the collector script writes (collector/sample-output.json).
 */
let app: RunningApp;
let dbUrl: string;
let admin: string;

type Body = {
  capturedAt: string;
  exchangeOnPremises: Record<string, unknown> & {
    activeSyncOrganizationSettings: { DefaultAccessLevel: string };
    activeSyncDeviceAccessRules: Array<{ Characteristic: string; AccessLevel: string }>;
    mobileDevices: Array<Record<string, unknown>>;
    exchangeServers: Array<{ AdminDisplayVersion: string }>;
  };
};

const isoBody = (): Body => {
  const body = JSON.parse(
    readFileSync(path.join(REPO, 'collector', 'sample-output.json'), 'utf8'),
  ) as Body;
  body.capturedAt = new Date(Date.now() - 60_000).toISOString();
  return body;
};

const psDate = (iso: unknown, offset = '') =>
  typeof iso === 'string' ? `/Date(${Date.parse(iso)}${offset})/` : iso;

/** The same body as Windows PowerShell 5.1's ConvertTo-Json writes it, as JSON text. */
function powerShell51(iso: Body): string {
  const b = structuredClone(iso);
  const level = ['Allow', 'Block', 'Quarantine'];
  const characteristic = ['DeviceType', 'DeviceModel', 'DeviceOS', 'UserAgent'];
  const state = ['Unknown', 'Allowed', 'Blocked', 'Quarantined', 'DeviceDiscovery'];
  const reason = ['Unknown', 'Global', 'Individual', 'DeviceRule', 'Upgrade', 'Policy'];
  const op = b.exchangeOnPremises as unknown as Record<string, Array<Record<string, unknown>>> & {
    activeSyncOrganizationSettings: Record<string, unknown>;
  };
  (b as Record<string, unknown>).capturedAt = psDate(b.capturedAt);
  op.activeSyncOrganizationSettings.DefaultAccessLevel = level.indexOf(
    String(op.activeSyncOrganizationSettings.DefaultAccessLevel),
  );
  for (const r of op.activeSyncDeviceAccessRules ?? []) {
    r.Characteristic = characteristic.indexOf(String(r.Characteristic));
    r.AccessLevel = level.indexOf(String(r.AccessLevel));
  }
  for (const d of op.mobileDevices ?? []) {
    d.DeviceAccessState = state.indexOf(String(d.DeviceAccessState));
    d.DeviceAccessStateReason = reason.indexOf(String(d.DeviceAccessStateReason));
    d.FirstSyncTime = psDate(d.FirstSyncTime, '+0900');
    d.LastSuccessSync = psDate(d.LastSuccessSync);
  }
  for (const s of op.exchangeServers ?? []) {
    const m = /Version (\d+)\.(\d+) \(Build (\d+)\.(\d+)\)/.exec(String(s.AdminDisplayVersion))!;
    s.AdminDisplayVersion = {
      Major: Number(m[1]),
      Minor: Number(m[2]),
      Build: Number(m[3]),
      Revision: Number(m[4]),
      MajorRevision: 0,
      MinorRevision: Number(m[4]),
    };
  }
  // ConvertTo-Json writes "\/Date(…)\/": the escaped slash is the same string to a JSON parser.
  return JSON.stringify(b).replace(/"\/Date\(([^)]*)\)\/"/g, '"\\/Date($1)\\/"');
}

async function tenantWith(name: string, body: string) {
  const t = await gql<{ createTenant: { id: string } }>(
    app.url,
    admin,
    'mutation($n: String!) { createTenant(name: $n) { id } }',
    { n: name },
  );
  const id = t.data!.createTenant.id;
  const res = await fetch(`${app.url}/api/v1/tenants/${id}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const run = await gql<{ runChecks: { id: string } }>(
    app.url,
    admin,
    'mutation($t: ID!) { runChecks(tenantId: $t) { id } }',
    { t: id },
  );
  expect(run.errors).toBeUndefined();
  const results = await gql<{
    allCheckResults: Array<{
      checkId: string;
      status: string;
      metric: number | null;
      summary: string;
    }>;
  }>(
    app.url,
    admin,
    `query($t: ID!, $r: ID!) { allCheckResults(filter: { tenantId: $t, runId: $r }, perPage: 500) {
       checkId status metric summary remediation } }`,
    { t: id, r: run.data!.runChecks.id },
  );
  expect(results.errors).toBeUndefined();
  return results.data!.allCheckResults.sort((a, b) => a.checkId.localeCompare(b.checkId));
}

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  admin = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'ps', '--role', 'ADMIN'])).stdout,
  );
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('Windows PowerShell 5.1 ConvertTo-Json bodies through the push API', () => {
  it('are judged exactly like the ISO body the collector writes', async () => {
    const iso = isoBody();
    const ps = powerShell51(iso);
    expect(ps).toContain('"capturedAt":"\\/Date(');
    expect(ps).toMatch(/"DefaultAccessLevel":\d/);

    const fromIso = await tenantWith('ISO', JSON.stringify(iso));
    const fromPs = await tenantWith('PowerShell 5.1', ps);
    expect(fromPs).toEqual(fromIso);
    // The on-premises checks really ran on the data (not NOT_APPLICABLE or ERROR across the board).
    const onPrem = fromIso.filter((r) => r.checkId.startsWith('ONPREM.'));
    expect(onPrem.length).toBeGreaterThan(8);
    expect(onPrem.filter((r) => r.status === 'ERROR')).toEqual([]);
    expect(onPrem.find((r) => r.checkId === 'ONPREM.SERVER.BUILD')?.status).toBeDefined();
  });

  it('refuses an enum number Microsoft does not document, naming the field', async () => {
    const body = JSON.parse(powerShell51(isoBody())) as Body;
    (
      body.exchangeOnPremises.activeSyncOrganizationSettings as unknown as Record<string, unknown>
    ).DefaultAccessLevel = 9;
    const t = await gql<{ createTenant: { id: string } }>(
      app.url,
      admin,
      'mutation { createTenant(name: "Bad enum") { id } }',
    );
    const res = await fetch(`${app.url}/api/v1/tenants/${t.data!.createTenant.id}/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      'exchangeOnPremises.activeSyncOrganizationSettings.DefaultAccessLevel',
    );
  });
});
