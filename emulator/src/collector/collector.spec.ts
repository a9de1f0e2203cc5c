import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../emulator.js';
import { startTestEmulator } from '../testing/helpers.js';
import { startCollector } from './collector.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** A stand-in for the posture API's push endpoint: records requests, answers with `status`. */
async function fakeApi(
  status: () => number,
): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      });
      const code = status();
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(
        code === 201
          ? JSON.stringify({ snapshotId: `snap-${received.length}`, drift: [] })
          : JSON.stringify({ error: 'boom', echoed: req.headers.authorization }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const waitFor = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

const V_DEVICE = [
  'ClientType',
  'DeviceAccessControlRule',
  'DeviceAccessState',
  'DeviceAccessStateReason',
  'DeviceActiveSyncVersion',
  'DeviceId',
  'DeviceImei',
  'DeviceMobileOperator',
  'DeviceModel',
  'DeviceOS',
  'DeviceOSLanguage',
  'DeviceTelephoneNumber',
  'DeviceType',
  'DeviceUserAgent',
  'FirstSyncTime',
  'FriendlyName',
  'ProvisioningFlags',
  'UserDisplayName',
  // Get-MobileDeviceStatistics, merged in.
  'LastSuccessSync',
  'LastSyncAttemptTime',
  'LastPolicyUpdateTime',
  'Status',
  'DevicePolicyApplied',
  'DevicePolicyApplicationStatus',
];
const V_EAS_SETTINGS = [
  'Name',
  'Identity',
  'DefaultAccessLevel',
  'AdminMailRecipients',
  'UserMailInsert',
  'OtaNotificationMailInsert',
  'AllowAccessForUnSupportedPlatform',
  'AllowRMSSupportForUnenlightenedApps',
];

describe('on-premises collector', () => {
  let em: EmulatorHandle;
  beforeAll(async () => {
    em = await startTestEmulator({ users: 300 });
  });
  afterAll(() => em.stop());

  it('pushes snapshots on a schedule with the bearer token, shaped as docs/api.md describes', async () => {
    const api = await fakeApi(() => 201);
    const infos: string[] = [];
    const collector = em.startCollector({
      targetUrl: api.url,
      tenantId: 'tenant-42',
      token: 'collector-token-abc',
      intervalMs: 150,
      logger: {
        info: (m) => infos.push(m),
        warn: (m) => infos.push(m),
        error: (m) => infos.push(m),
      },
    });
    try {
      await waitFor(() => api.received.length >= 2);
    } finally {
      await collector.stop();
      api.server.close();
    }
    const [first] = api.received;
    expect(first?.method).toBe('POST');
    expect(first?.url).toBe('/api/v1/tenants/tenant-42/snapshots');
    expect(first?.headers.authorization).toBe('Bearer collector-token-abc');
    expect(first?.headers['content-type']).toMatch(/^application\/json/);
    expect(infos.join('\n')).not.toContain('collector-token-abc');

    const body = first?.body as { capturedAt: string; exchangeOnPremises: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(['capturedAt', 'exchangeOnPremises']);
    expect(Math.abs(Date.parse(body.capturedAt) - Date.now())).toBeLessThan(60_000);
    const onPrem = body.exchangeOnPremises as {
      organizationConfig: Record<string, unknown>;
      authenticationPolicies: Array<Record<string, unknown>>;
      users: Array<Record<string, unknown>>;
      activeSyncOrganizationSettings: Record<string, unknown>;
      activeSyncDeviceAccessRules: Array<Record<string, unknown>>;
      mobileDevices: Array<Record<string, unknown>>;
      authServers: Array<Record<string, unknown>>;
      virtualDirectories: Array<Record<string, unknown>>;
    };
    expect(Object.keys(onPrem).sort()).toEqual(
      [
        'activeSyncDeviceAccessRules',
        'activeSyncOrganizationSettings',
        'authServers',
        'authenticationPolicies',
        'casMailboxes',
        'exchangeServers',
        'mobileDevices',
        'organizationConfig',
        'users',
        'virtualDirectories',
      ].sort(),
    );
    expect(onPrem.organizationConfig).toHaveProperty('OAuth2ClientProfileEnabled', true);
    expect(onPrem.organizationConfig).toHaveProperty('DefaultAuthenticationPolicy', null);
    for (const p of onPrem.authenticationPolicies)
      for (const k of ['Name', 'BlockLegacyAuthActiveSync', 'BlockLegacyAuthAutodiscover'])
        expect(p).toHaveProperty([k]);
    for (const k of V_EAS_SETTINGS)
      expect(onPrem.activeSyncOrganizationSettings).toHaveProperty([k]);
    expect(onPrem.activeSyncDeviceAccessRules).toContainEqual(
      expect.objectContaining({
        Characteristic: 'DeviceType',
        QueryString: 'OutlookService',
        AccessLevel: 'Allow',
      }),
    );
    for (const r of onPrem.activeSyncDeviceAccessRules)
      for (const k of ['Name', 'Identity', 'Characteristic', 'QueryString', 'AccessLevel'])
        expect(r).toHaveProperty([k]);
    expect(onPrem.mobileDevices.length).toBeGreaterThan(10);
    for (const d of onPrem.mobileDevices)
      for (const k of V_DEVICE) expect(d, k).toHaveProperty([k]);
    const types = new Set(onPrem.mobileDevices.map((d) => d.DeviceType));
    expect(types).toContain('OutlookService');
    expect(types).toContain('iPhone');
    for (const s of onPrem.authServers)
      for (const k of ['Name', 'Type', 'Enabled', 'IsDefaultAuthorizationEndpoint'])
        expect(s).toHaveProperty([k]);
    expect(
      onPrem.authServers.filter(
        (s) => String(s.Name).startsWith('EvoSts - ') && s.IsDefaultAuthorizationEndpoint === true,
      ),
    ).toHaveLength(1);
    expect(new Set(onPrem.virtualDirectories.map((v) => v.Kind))).toEqual(
      new Set(['ActiveSync', 'Autodiscover', 'WebServices', 'Mapi', 'OAB']),
    );
    for (const v of onPrem.virtualDirectories) {
      expect(typeof v.Server).toBe('string');
      expect(typeof v.OAuthAuthentication).toBe('boolean');
    }
    for (const u of onPrem.users)
      for (const k of ['UserPrincipalName', 'AuthenticationPolicy', 'RecipientTypeDetails'])
        expect(u).toHaveProperty([k]);
  });

  it('logs a failed push without the token and keeps going', async () => {
    const api = await fakeApi(() => 500);
    const warnings: string[] = [];
    const collector = startCollector({
      targetUrl: api.url,
      tenantId: 't',
      token: 'very-secret-token',
      intervalMs: 100,
      source: em.onPremises(),
      logger: {
        info: () => undefined,
        warn: (m) => warnings.push(m),
        error: (m) => warnings.push(m),
      },
    });
    try {
      await waitFor(() => warnings.length >= 2);
    } finally {
      await collector.stop();
      api.server.close();
    }
    expect(warnings[0]).toMatch(/HTTP 500/);
    for (const w of warnings) expect(w).not.toContain('very-secret-token');

    // An unreachable target is a logged failure, not a crash.
    const idle = startCollector({
      targetUrl: api.url,
      tenantId: 't',
      token: 'x',
      intervalMs: 60_000,
      source: em.onPremises(),
      runImmediately: false,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const result = await idle.pushNow();
    await idle.stop();
    expect(result.ok).toBe(false);
    expect(result.status).toBeNull();
  });
});
