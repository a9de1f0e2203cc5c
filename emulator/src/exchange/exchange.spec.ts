import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../emulator.js';
import { EXCHANGE_SCOPE, FIXED_NOW, invoke, startTestEmulator, token } from '../testing/helpers.js';

interface InvokeResult {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@adminapi.warnings': string[];
  value: Array<Record<string, unknown>>;
}

/** Property lists of docs/domain.md section 3 (plus the names the checks join on). */
const V_AUTH_POLICY = [
  'AllowBasicAuthActiveSync',
  'AllowBasicAuthAutodiscover',
  'AllowBasicAuthImap',
  'AllowBasicAuthMapi',
  'AllowBasicAuthOfflineAddressBook',
  'AllowBasicAuthOutlookService',
  'AllowBasicAuthPop',
  'AllowBasicAuthReportingWebServices',
  'AllowBasicAuthRest',
  'AllowBasicAuthRpc',
  'AllowBasicAuthSmtp',
  'AllowBasicAuthWebServices',
  'AllowBasicAuthPowershell',
  'Name',
  'Identity',
  'DistinguishedName',
  'Guid',
];
const V_ORG_CONFIG = ['DefaultAuthenticationPolicy', 'OAuth2ClientProfileEnabled'];
const V_USER = [
  'AuthenticationPolicy',
  'UserPrincipalName',
  'ExternalDirectoryObjectId',
  'RecipientTypeDetails',
];

function expectAll(obj: Record<string, unknown> | undefined, keys: readonly string[]): void {
  for (const k of keys) expect(obj, `missing ${k}`).toHaveProperty([k]);
}

describe('Exchange admin REST: POST /adminapi/beta/{tenant}/InvokeCommand', () => {
  let em: EmulatorHandle;
  let exo: string;
  let now = FIXED_NOW;
  const run = async (
    cmdlet: string,
    params: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const res = await invoke(em, exo, cmdlet, params, { headers });
    expect(res.status, `${cmdlet}: ${res.status}`).toBe(200);
    return (await res.json()) as InvokeResult;
  };

  beforeAll(async () => {
    em = await startTestEmulator({
      users: 200,
      now: () => now,
      startedAt: FIXED_NOW,
      daySeconds: 60,
    });
    exo = await token(em, EXCHANGE_SCOPE);
  });
  afterAll(() => em.stop());

  it('returns authentication policies with every AllowBasicAuth* flag', async () => {
    const res = await run('Get-AuthenticationPolicy');
    expect(res['@odata.context']).toContain('$metadata#Collection(Exchange.GenericHashTable)');
    expect(res.value.length).toBe(2);
    for (const p of res.value) expectAll(p, V_AUTH_POLICY);
    const block = res.value.find((p) => p.Name === 'Block Basic Auth');
    expect(block?.AllowBasicAuthActiveSync).toBe(false);
    expect(block?.AllowBasicAuthAutodiscover).toBe(false);
    expect(block?.AllowBasicAuthOutlookService).toBe(false);
    // The REST serializer annotates collections and GUIDs.
    expect(block?.['ObjectClass@odata.type']).toBe('#Collection(String)');
    expect(block?.['Guid@odata.type']).toBe('#Guid');
  });

  it('returns the organization and transport config as single objects', async () => {
    const org = await run('Get-OrganizationConfig');
    expect(org.value.length).toBe(1);
    expectAll(org.value[0], V_ORG_CONFIG);
    expect(org.value[0]?.DefaultAuthenticationPolicy).toBeNull();
    expect(org.value[0]?.OAuth2ClientProfileEnabled).toBe(true);
    const transport = await run('Get-TransportConfig');
    expect(transport.value[0]?.SmtpClientAuthenticationDisabled).toBe(true);
  });

  it('pages Get-User -ResultSize Unlimited by nextLink, every object carrying every property', async () => {
    const objects: Array<Record<string, unknown>> = [];
    let res = await run(
      'Get-User',
      { ResultSize: 'Unlimited' },
      { Prefer: 'odata.maxpagesize=75' },
    );
    let pages = 1;
    objects.push(...res.value);
    while (res['@odata.nextLink']) {
      const next = await invoke(
        em,
        exo,
        'Get-User',
        { ResultSize: 'Unlimited' },
        { url: res['@odata.nextLink'], headers: { Prefer: 'odata.maxpagesize=75' } },
      );
      expect(next.status).toBe(200);
      res = (await next.json()) as InvokeResult;
      objects.push(...res.value);
      pages++;
    }
    expect(pages).toBe(3);
    expect(objects.length).toBe(200);
    const keys = Object.keys(objects[0] ?? {})
      .sort()
      .join(',');
    for (const o of objects) {
      expectAll(o, V_USER);
      expect(Object.keys(o).sort().join(',')).toBe(keys);
    }
    const types = new Set(objects.map((o) => o.RecipientTypeDetails));
    expect([...types].sort()).toEqual(['MailUser', 'User', 'UserMailbox']);
    const limited = await run('Get-User', { ResultSize: 10 });
    expect(limited.value.length).toBe(10);
  });

  it('returns CAS mailboxes with SmtpClientAuthenticationDisabled', async () => {
    const res = await run('Get-CASMailbox', { ResultSize: 'Unlimited' });
    expect(res.value.length).toBeGreaterThan(100);
    for (const m of res.value)
      expectAll(m, [
        'UserPrincipalName',
        'SmtpClientAuthenticationDisabled',
        'ActiveSyncEnabled',
        'ImapEnabled',
        'PopEnabled',
      ]);
  });

  it('answers an unknown cmdlet and an unknown parameter in the Exchange REST error shape', async () => {
    const res = await invoke(em, exo, 'Get-Nonsense');
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: {
        code: string;
        message: string;
        innererror: { type: string; internalexception: { type: string; message: string } };
      };
    };
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toBe('Invalid Operation');
    expect(body.error.innererror.type).toBe(
      'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
    );
    expect(body.error.innererror.internalexception.type).toBe(
      'System.Management.Automation.CommandNotFoundException',
    );
    expect(body.error.innererror.internalexception.message).toContain("'Get-Nonsense'");
    const param = await invoke(em, exo, 'Get-User', { Bogus: 1 });
    expect(param.status).toBe(400);
    expect(JSON.stringify(await param.json())).toContain("parameter name 'Bogus'");
    const missing = await invoke(em, exo, 'Get-User', { Identity: 'nobody@contoso.com' });
    expect(missing.status).toBe(404);
  });

  it('moves the rollout forward with the simulated clock', async () => {
    const pilotUsers = async () =>
      (await run('Get-User', { ResultSize: 'Unlimited' })).value.filter(
        (u) => u.AuthenticationPolicy === 'Block Basic Auth',
      ).length;
    expect(await pilotUsers()).toBe(0);
    now = FIXED_NOW + 3.5 * 60_000;
    try {
      expect(await pilotUsers()).toBeGreaterThan(0);
      const policies = await run('Get-AuthenticationPolicy');
      expect(
        policies.value.find((p) => p.Name === 'Block Basic Auth')?.AllowBasicAuthActiveSync,
      ).toBe(true);
      now = FIXED_NOW + 15 * 60_000;
      expect((await run('Get-OrganizationConfig')).value[0]?.DefaultAuthenticationPolicy).toBe(
        'Block Basic Auth',
      );
    } finally {
      now = FIXED_NOW;
    }
  });
});
