import { randomBytes } from 'node:crypto';
import { startEmulator, type EmulatorHandle } from '@posture/emulator';
import pg from 'pg';
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
import { createEmulatedTenant } from '../support/emulated-tenant.js';

/**
 * The pull connectors against the emulated Microsoft backend, over real HTTP between two
 * processes: faults injected on the wire, a pull killed midway, and the count checked against
 * what the emulator serves.
 */
const LATE_MINUTES = 0.05; // events appear up to 3 s after they happen
let emulator: EmulatorHandle;
let app: RunningApp;
let dbUrl: string;
let token: string;
let tenantId: string;
const secretKey = randomBytes(32).toString('base64');

interface Run {
  id: string;
  status: string;
  pages: number;
  received: number;
  inserted: number;
  duplicates: number;
  retries: number;
  windowFrom: string;
  windowTo: string;
  error: string | null;
  progress: string | null;
  progressMessage: { code: string; params: Record<string, unknown> } | null;
  snapshotId?: string | null;
}
const RUN_FIELDS =
  'id status pages received inserted duplicates retries windowFrom windowTo error progress progressMessage { code params } snapshotId';

async function sync(): Promise<{ signIns: Run | null; snapshot: Run | null }> {
  const r = await gql<{ syncTenant: { signIns: Run | null; snapshot: Run | null } }>(
    app.url,
    token,
    `mutation($t: ID!) { syncTenant(tenantId: $t) { signIns { ${RUN_FIELDS} } snapshot { ${RUN_FIELDS} } } }`,
    { t: tenantId },
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.syncTenant;
}

/** Every sign-in id the emulator serves for [from, to], read cleanly (no faults), both streams. */
async function emulatorIds(from: Date, to: Date): Promise<Set<string>> {
  const t = await fetch(`${emulator.url}/${emulator.tenants[0]!.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: emulator.clientId,
      client_secret: 'posture-watch-emulator-demo-secret',
      scope: 'https://graph.microsoft.com/.default',
    }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const ids = new Set<string>();
  const range = `createdDateTime ge ${from.toISOString()} and createdDateTime le ${to.toISOString()}`;
  for (const filter of [range, `${range} and signInEventTypes/any(t: t eq 'nonInteractiveUser')`]) {
    let url: string | undefined =
      `${emulator.url}/beta/auditLogs/signIns?$top=1000&$filter=${encodeURIComponent(filter)}`;
    while (url) {
      const page = (await fetch(url, {
        headers: { authorization: `Bearer ${t.access_token}` },
      }).then((r) => r.json())) as {
        value: Array<{ id: string }>;
        '@odata.nextLink'?: string;
      };
      for (const e of page.value) ids.add(e.id);
      url = page['@odata.nextLink'];
    }
  }
  return ids;
}

async function storedIds(from: Date, to: Date): Promise<{ ids: Set<string>; rows: number }> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ id: string }>(
      'SELECT id FROM sign_ins WHERE tenant_id = $1 AND created_at >= $2 AND created_at <= $3',
      [tenantId, from, to],
    );
    return { ids: new Set(rows.map((r) => r.id)), rows: rows.length };
  } finally {
    await c.end();
  }
}

async function boot(): Promise<void> {
  app = await startApp({ DATABASE_URL: dbUrl, POSTURE_SECRET_KEY: secretKey });
}

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    users: 120,
    signInRate: 0.4,
    lateMinutes: LATE_MINUTES,
    regressions: [],
  });
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  await boot();
  token = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'pull', '--role', 'ADMIN'])).stdout,
  );
  tenantId = await createEmulatedTenant(app, token, emulator, { overlapMinutes: 5 });
});

afterAll(async () => {
  await app?.stop();
  await emulator?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('pull connectors against the emulator', () => {
  it('stores exactly the events served, through throttling, 5xx, truncated bodies, repeated items and late events', async () => {
    emulator.faults.add({ endpoint: 'signIns', kind: '429', rate: 0.25, retryAfterSeconds: 0.2 });
    emulator.faults.add({ endpoint: 'signIns', kind: '503', rate: 0.15, retryAfterSeconds: 0.1 });
    emulator.faults.add({ endpoint: 'signIns', kind: 'repeat', rate: 0.6 });
    emulator.faults.add({ endpoint: 'signIns', kind: 'truncate', count: 2 });
    emulator.faults.add({ endpoint: 'token', kind: '503', count: 1, retryAfterSeconds: 0.1 });
    const first = await sync();
    expect(first.snapshot?.status, first.snapshot?.error ?? '').toBe('SUCCEEDED');
    expect(first.signIns?.status, first.signIns?.error ?? '').toBe('SUCCEEDED');
    expect(first.signIns!.retries).toBeGreaterThan(0);
    expect(first.signIns!.duplicates).toBeGreaterThan(0); // the repeated items, skipped
    // Late events: wait until everything of the first window is visible, pull again (overlap).
    await new Promise((r) => setTimeout(r, LATE_MINUTES * 60_000 + 1500));
    const second = await sync();
    expect(second.signIns?.status).toBe('SUCCEEDED');
    emulator.faults.clear();
    const from = new Date(first.signIns!.windowFrom);
    const settledUntil = new Date(
      new Date(second.signIns!.windowTo).getTime() - LATE_MINUTES * 60_000,
    );
    const served = await emulatorIds(from, settledUntil);
    const stored = await storedIds(from, settledUntil);
    expect(served.size).toBeGreaterThan(1000);
    expect(stored.rows).toBe(served.size);
    expect([...served].filter((id) => !stored.ids.has(id))).toEqual([]);
    console.log(
      `pulled ${served.size} sign-ins exactly; first pull: ${first.signIns!.pages} pages, ${first.signIns!.retries} retries, ${first.signIns!.duplicates} repeated items skipped`,
    );
  });

  it('pulls named locations, authentication strengths and Security Defaults into the Entra snapshot', async () => {
    const r = await sync();
    expect(r.snapshot?.status, r.snapshot?.error ?? '').toBe('SUCCEEDED');
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ raw: { entra: Record<string, unknown> } }>(
        'SELECT raw FROM snapshots WHERE tenant_id = $1 AND id = $2',
        [tenantId, r.snapshot!.snapshotId],
      );
      const entra = rows[0]!.raw.entra as {
        namedLocations: Array<{ displayName: string; isTrusted?: boolean }>;
        authenticationStrengthPolicies: Array<{ policyType: string }>;
        securityDefaults: { isEnabled: boolean };
      };
      expect(entra.namedLocations.map((l) => l.displayName)).toEqual([
        'Head office',
        'Branch offices',
        'Approved countries',
      ]);
      expect(entra.authenticationStrengthPolicies).toHaveLength(4);
      expect(entra.securityDefaults).toMatchObject({ isEnabled: false });
    } finally {
      await c.end();
    }
  });

  it('pulls the Intune app protection policies with their apps and assignments, and judges Outlook protected', async () => {
    const r = await sync();
    expect(r.snapshot?.status, r.snapshot?.error ?? '').toBe('SUCCEEDED');
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ raw: { entra: Record<string, unknown> } }>(
        'SELECT raw FROM snapshots WHERE tenant_id = $1 AND id = $2',
        [tenantId, r.snapshot!.snapshotId],
      );
      type Policy = {
        apps: Array<{ mobileAppIdentifier: Record<string, string> }>;
        assignments: Array<{ target: Record<string, string> }>;
      };
      const entra = rows[0]!.raw.entra as {
        iosManagedAppProtections: Policy[];
        androidManagedAppProtections: Policy[];
      };
      expect(entra.iosManagedAppProtections[0]!.apps[0]!.mobileAppIdentifier.bundleId).toBe(
        'com.microsoft.Office.Outlook',
      );
      expect(entra.androidManagedAppProtections[0]!.apps[0]!.mobileAppIdentifier.packageId).toBe(
        'com.microsoft.office.outlook',
      );
      expect(
        entra.androidManagedAppProtections[0]!.assignments.map((a) => a.target['@odata.type']),
      ).toEqual([
        '#microsoft.graph.allLicensedUsersAssignmentTarget',
        '#microsoft.graph.exclusionGroupAssignmentTarget',
      ]);
    } finally {
      await c.end();
    }
    const run = await gql<{ runChecks: { status: string } }>(
      app.url,
      token,
      'mutation($t: ID!) { runChecks(tenantId: $t) { status } }',
      { t: tenantId },
    );
    expect(run.data?.runChecks.status).toBe('SUCCEEDED');
    const results = await gql<{ allCheckResults: Array<{ status: string; summary: string }> }>(
      app.url,
      token,
      `query($t: ID!) { allCheckResults(filter: { tenantId: $t, checkId: "INTUNE.APP_PROTECTION_OUTLOOK", latest: true }) { status summary } }`,
      { t: tenantId },
    );
    expect(results.errors, JSON.stringify(results.errors)).toBeUndefined();
    // The emergency-access group is excluded and the tenant names no emergency-access account:
    // cautious, a WARN that names the group.
    expect(results.data!.allCheckResults[0]).toMatchObject({ status: 'WARN' });
    expect(results.data!.allCheckResults[0]!.summary).toContain(
      'excludes "Emergency access accounts"',
    );
    // Named as emergency-access accounts, the exclusion leaves nobody out: PASS.
    const domain = emulator.tenants[0]!.initialDomain;
    const set = await gql(
      app.url,
      token,
      `mutation($t: ID!, $s: TenantSettingsInput!) { updateTenant(id: $t, settings: $s) { id } }`,
      {
        t: tenantId,
        s: { emergencyAccessAccounts: [`breakglass01@${domain}`, `breakglass02@${domain}`] },
      },
    );
    expect(set.errors, JSON.stringify(set.errors)).toBeUndefined();
    await gql(app.url, token, 'mutation($t: ID!) { runChecks(tenantId: $t) { status } }', {
      t: tenantId,
    });
    const after = await gql<{ allCheckResults: Array<{ status: string; summary: string }> }>(
      app.url,
      token,
      `query($t: ID!) { allCheckResults(filter: { tenantId: $t, checkId: "INTUNE.APP_PROTECTION_OUTLOOK", latest: true }) { status summary } }`,
      { t: tenantId },
    );
    expect(after.data!.allCheckResults[0]).toMatchObject({
      status: 'PASS',
      summary: expect.stringContaining('iOS: all users; Android: all users'),
    });
  });

  it('leaves the app protection policies out, and says so, when the app lacks DeviceManagementApps.Read.All', async () => {
    const narrow = await startEmulator({
      port: 0,
      users: 100,
      signInRate: 0.05,
      regressions: [],
      graphRoles: ['AuditLog.Read.All', 'Policy.Read.All', 'User.Read.All', 'GroupMember.Read.All'],
    });
    try {
      const other = await createEmulatedTenant(app, token, narrow);
      const r = await gql<{ syncTenant: { snapshot: Run | null } }>(
        app.url,
        token,
        `mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { ${RUN_FIELDS} } } }`,
        { t: other },
      );
      const snap = r.data!.syncTenant.snapshot!;
      expect(snap.status, snap.error ?? '').toBe('SUCCEEDED');
      expect(snap.progress).toContain('app protection policies not read');
      // The same progress as a message the dashboard words in the reader's language.
      expect(snap.progressMessage?.code).toBe('INGEST.snapshot_done');
      expect(snap.progressMessage?.params.appProtection).toEqual({
        code: 'INGEST.app_protection_not_read',
        params: {},
      });
      const c = new pg.Client({ connectionString: dbUrl });
      await c.connect();
      try {
        const { rows } = await c.query<{ keys: string[] }>(
          "SELECT array(SELECT jsonb_object_keys(raw->'entra')) AS keys FROM snapshots WHERE id = $1",
          [snap.snapshotId],
        );
        expect(rows[0]!.keys).not.toContain('iosManagedAppProtections');
        expect(rows[0]!.keys).toContain('conditionalAccessPolicies');
      } finally {
        await c.end();
      }
    } finally {
      await narrow.stop();
    }
  });

  it('loses and duplicates nothing when a pull is killed midway and run again', async () => {
    emulator.faults.add({ endpoint: 'signIns', kind: 'slow', delayMs: 400 });
    // Force a long pull: forget the cursor so the whole window is read again.
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    c.on('error', () => {}); // the test database is dropped at the end, with this client maybe still open
    await c.query('DELETE FROM sign_in_cursors WHERE tenant_id = $1', [tenantId]);
    await c.query(
      "DELETE FROM sign_ins WHERE tenant_id = $1 AND created_at > now() - interval '2 days'",
      [tenantId],
    );
    const pending = sync().catch(() => null);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await c.query<{ pages: number }>(
        `SELECT pages FROM ingestion_runs WHERE tenant_id = $1 AND kind = 'SIGNINS' AND status = 'RUNNING'`,
        [tenantId],
      );
      if ((rows[0]?.pages ?? 0) >= 2) break;
      if (Date.now() > deadline) throw new Error('the pull never got going');
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(app.pid, 'SIGKILL');
    await pending;
    emulator.faults.clear();
    await boot();
    const again = await sync();
    expect(again.signIns?.status, again.signIns?.error ?? '').toBe('SUCCEEDED');
    const { rows: interrupted } = await c.query(
      `SELECT error FROM ingestion_runs WHERE tenant_id = $1 AND kind = 'SIGNINS' AND status = 'FAILED'`,
      [tenantId],
    );
    expect(interrupted.map((r) => r.error)).toEqual([expect.stringMatching(/interrupted/)]);
    await c.end();
    await new Promise((r) => setTimeout(r, LATE_MINUTES * 60_000 + 1500));
    await sync();
    const from = new Date(again.signIns!.windowFrom);
    const until = new Date(Date.now() - LATE_MINUTES * 60_000 - 2000);
    const served = await emulatorIds(from, until);
    const stored = await storedIds(from, until);
    expect(stored.rows).toBe(served.size);
    expect([...served].filter((id) => !stored.ids.has(id))).toEqual([]);
  });

  it('never sends a stored secret to a new host: changing a base URL clears it', async () => {
    // Said before saving: the preview applies the same rules and stores nothing.
    const preview = await gql<{
      clears: { clearsSecret: boolean; problems: unknown[] };
      plainHttp: { clearsSecret: boolean; problems: Array<{ path: string }> };
      withSecret: { clearsSecret: boolean };
    }>(
      app.url,
      token,
      `query($t: ID!) {
         clears: connectorChangePreview(tenantId: $t, input: { graphBaseUrl: "https://graph.example.net" }) { clearsSecret problems { path } }
         plainHttp: connectorChangePreview(tenantId: $t, input: { graphBaseUrl: "http://graph.example.net" }) { clearsSecret problems { path } }
         withSecret: connectorChangePreview(tenantId: $t, input: { graphBaseUrl: "https://graph.example.net", clientSecret: "another-secret" }) { clearsSecret }
       }`,
      { t: tenantId },
    );
    expect(preview.data!.clears).toEqual({ clearsSecret: true, problems: [] });
    expect(preview.data!.plainHttp.problems.map((p) => p.path)).toEqual(['graphBaseUrl']);
    expect(preview.data!.withSecret.clearsSecret).toBe(false);

    const r = await gql<{ updateConnectorSettings: { hasSecret: boolean } }>(
      app.url,
      token,
      'mutation($t: ID!) { updateConnectorSettings(tenantId: $t, input: { graphBaseUrl: "https://graph.example.net" }) { hasSecret } }',
      { t: tenantId },
    );
    expect(r.data!.updateConnectorSettings.hasSecret).toBe(false);
    const got = await gql<{ connectorSettings: Record<string, unknown> }>(
      app.url,
      token,
      'query($t: ID!) { connectorSettings(tenantId: $t) { hasSecret graphBaseUrl } }',
      { t: tenantId },
    );
    expect(got.data!.connectorSettings).toEqual({
      hasSecret: false,
      graphBaseUrl: 'https://graph.example.net',
    });
    const s = await gql(
      app.url,
      token,
      'mutation($t: ID!) { syncTenant(tenantId: $t) { signIns { id } } }',
      { t: tenantId },
    );
    expect(s.errors?.[0]?.message).toMatch(/client secret/);
  });
});
