import { createPublicKey, createVerify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_SECRET } from '../config.js';
import type { EmulatorHandle } from '../emulator.js';
import {
  EXCHANGE_SCOPE,
  FIXED_NOW,
  get,
  GRAPH_SCOPE,
  invoke,
  requestToken,
  startTestEmulator,
  token,
} from '../testing/helpers.js';

const TENANT_B = '3c9a1f2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b';
const TENANT_NO_AUDIT = '7e6d5c4b-3a29-4817-8695-a4b3c2d1e0f9';

function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe('token endpoint and access checks', () => {
  let em: EmulatorHandle;
  let now = FIXED_NOW;

  beforeAll(async () => {
    em = await startTestEmulator({
      now: () => now,
      startedAt: FIXED_NOW,
      extraTenants: [
        { tenantId: TENANT_B, users: 100 },
        // An app registration whose admin never consented to AuditLog.Read.All in this tenant.
        {
          tenantId: TENANT_NO_AUDIT,
          users: 100,
          graphRoles: ['User.Read.All', 'GroupMember.Read.All', 'Policy.Read.All'],
        },
      ],
    });
  });
  afterAll(() => em.stop());

  it('issues an RS256 Graph token with the documented claims, verifiable through the JWKS', async () => {
    const res = await requestToken(em, GRAPH_SCOPE);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      token_type: string;
      expires_in: number;
      access_token: string;
    };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3599);
    const c = claims(body.access_token);
    const tid = em.tenants[0]?.tenantId;
    expect(c).toMatchObject({
      aud: 'https://graph.microsoft.com',
      tid,
      appid: em.clientId,
      iss: `https://sts.windows.net/${tid}/`,
    });
    expect(c.roles).toEqual([
      'AuditLog.Read.All',
      'Policy.Read.All',
      'User.Read.All',
      'GroupMember.Read.All',
      'Application.Read.All',
      'Organization.Read.All',
      'DeviceManagementApps.Read.All',
    ]);
    expect(c.exp).toBe(Math.floor(now / 1000) + 3599);
    expect(typeof c.iat).toBe('number');
    expect(typeof c.nbf).toBe('number');

    const [head, payload, sig] = body.access_token.split('.') as [string, string, string];
    const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as {
      alg: string;
      kid: string;
    };
    expect(header.alg).toBe('RS256');
    const jwks = (await (await fetch(`${em.url}/${tid}/discovery/v2.0/keys`)).json()) as {
      keys: Array<{ kid: string; n: string; e: string; kty: string }>;
    };
    const jwk = jwks.keys.find((k) => k.kid === header.kid);
    expect(jwk).toBeDefined();
    const key = createPublicKey({
      key: { kty: 'RSA', n: jwk?.n ?? '', e: jwk?.e ?? '' },
      format: 'jwk',
    });
    expect(
      createVerify('RSA-SHA256')
        .update(`${head}.${payload}`)
        .verify(key, Buffer.from(sig, 'base64url')),
    ).toBe(true);
  });

  it('issues an Exchange token with Exchange.ManageAsApp', async () => {
    const c = claims(await token(em, EXCHANGE_SCOPE));
    expect(c.aud).toBe('https://outlook.office365.com');
    expect(c.roles).toEqual(['Exchange.ManageAsApp']);
  });

  it('refuses a bad client secret with AADSTS7000215 in the Entra error shape', async () => {
    const res = await requestToken(em, GRAPH_SCOPE, { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    const body = (await res.json()) as {
      error: string;
      error_description: string;
      error_codes: number[];
    };
    expect(body.error).toBe('invalid_client');
    expect(body.error_description).toMatch(/^AADSTS7000215: /);
    expect(body.error_codes).toEqual([7000215]);
    expect(JSON.stringify(body)).not.toContain(DEMO_CLIENT_SECRET);
  });

  it('refuses an unknown scope and an unknown tenant', async () => {
    const scope = await requestToken(em, 'https://graph.microsoft.com/User.Read');
    expect(scope.status).toBe(400);
    expect(((await scope.json()) as { error: string }).error).toBe('invalid_scope');
    const tenant = await requestToken(em, GRAPH_SCOPE, {
      tenantId: '00000000-0000-0000-0000-00000000beef',
    });
    expect(tenant.status).toBe(400);
    expect(((await tenant.json()) as { error_codes: number[] }).error_codes).toEqual([90002]);
  });

  it("refuses tenant A's token on tenant B's Exchange endpoint", async () => {
    const exoA = await token(em, EXCHANGE_SCOPE);
    const res = await invoke(em, exoA, 'Get-OrganizationConfig', {}, { tenant: TENANT_B });
    expect(res.status).toBe(401);
    const body = (await res.json()) as {
      error: { code: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toBeTruthy();
    // Tenant B's own token works there.
    const exoB = await token(em, EXCHANGE_SCOPE, { tenantId: TENANT_B });
    expect(
      (await invoke(em, exoB, 'Get-OrganizationConfig', {}, { tenant: TENANT_B })).status,
    ).toBe(200);
  });

  it('serves each tenant its own scenario on Graph, chosen by the token', async () => {
    const a = (await (
      await get(`${em.url}/v1.0/users?$top=3`, await token(em, GRAPH_SCOPE))
    ).json()) as { value: Array<{ userPrincipalName: string }> };
    const b = (await (
      await get(`${em.url}/v1.0/users?$top=3`, await token(em, GRAPH_SCOPE, { tenantId: TENANT_B }))
    ).json()) as { value: Array<{ userPrincipalName: string }> };
    expect(a.value[2]?.userPrincipalName).toMatch(/@contoso\.com$/);
    expect(b.value[2]?.userPrincipalName).toMatch(/@fabrikam\.com$/);
  });

  it('refuses a token for the wrong audience', async () => {
    const exo = await token(em, EXCHANGE_SCOPE);
    const res = await get(`${em.url}/v1.0/users`, exo);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /audience/i,
    );
    const graph = await token(em, GRAPH_SCOPE);
    expect((await invoke(em, graph, 'Get-OrganizationConfig')).status).toBe(401);
  });

  it('answers 403 Authorization_RequestDenied when the app lacks the role', async () => {
    const t = await token(em, GRAPH_SCOPE, { tenantId: TENANT_NO_AUDIT });
    const res = await get(`${em.url}/beta/auditLogs/signIns?$top=1`, t);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'Authorization_RequestDenied',
    );
    expect((await get(`${em.url}/v1.0/users?$top=1`, t)).status).toBe(200);
  });

  it('refuses an expired token, a tampered one and a missing one', async () => {
    const t = await token(em, GRAPH_SCOPE);
    const [h, p, s] = t.split('.') as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...claims(t), roles: ['Directory.ReadWrite.All'] }),
    ).toString('base64url');
    expect((await get(`${em.url}/v1.0/users`, `${h}.${forged}.${s}`)).status).toBe(401);
    expect((await fetch(`${em.url}/v1.0/users`)).status).toBe(401);
    expect((await get(`${em.url}/v1.0/users`, `${h}.${p}.${s}`)).status).toBe(200);
    now += 2 * 3600_000;
    try {
      const res = await get(`${em.url}/v1.0/users`, t);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
        /expired/,
      );
    } finally {
      now = FIXED_NOW;
    }
  });
});
