import { startEmulator, type EmulatorHandle } from '@posture/emulator';
import { EXCHANGE_ANCHOR_MAILBOX, MicrosoftClient, type MicrosoftEndpoints } from '@posture/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The connector's HTTP client against the emulator, as the real endpoints want it: national-cloud
 * scopes, the Exchange admin API's two headers, and sign-in calls paced to Graph's reporting
 * quota so that they never draw a 429 (the emulator enforces the quota here).
 */
const QUOTA = { requests: 5, windowMs: 2_000 };
let emulator: EmulatorHandle;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, users: 150, regressions: [], reportingQuota: QUOTA });
});
afterAll(() => emulator?.stop());

const endpoints = (over: Partial<MicrosoftEndpoints> = {}): MicrosoftEndpoints => ({
  directoryId: emulator.tenants[0]!.tenantId,
  clientId: emulator.clientId,
  clientSecret: 'posture-watch-emulator-demo-secret',
  loginBaseUrl: emulator.url,
  graphBaseUrl: emulator.url,
  exchangeBaseUrl: emulator.url,
  ...over,
});

interface Seen {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A fetch that routes the given hosts to the emulator (a hosts file) and records every request. */
function routedFetch(hosts: string[], seen: Seen[]): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    const original = url.toString();
    if (hosts.includes(url.hostname)) {
      const target = new URL(emulator.url);
      url.protocol = target.protocol;
      url.host = target.host;
    }
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    seen.push({ url: original, headers, body: init?.body ? String(init.body) : '' });
    return fetch(url, init);
  };
}

const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    aud: string;
  };

describe('connector requests as the real endpoints want them', () => {
  it('asks a national cloud for its own .default scopes, and the emulator serves it', async () => {
    const seen: Seen[] = [];
    const client = new MicrosoftClient(
      endpoints({
        loginBaseUrl: 'https://login.microsoftonline.us',
        graphBaseUrl: 'https://graph.microsoft.us',
        exchangeBaseUrl: 'https://outlook.office365.us',
      }),
      {
        fetch: routedFetch(
          ['login.microsoftonline.us', 'graph.microsoft.us', 'outlook.office365.us'],
          seen,
        ),
        maxAttempts: 1,
      },
    );
    const first = await client.graphPages('/v1.0/users?$top=5').next();
    expect(first.value).toHaveLength(5);
    const org = await client.cmdlet('Get-OrganizationConfig');
    expect(org).toHaveLength(1);

    const scopes = seen
      .filter((r) => r.url.includes('/oauth2/v2.0/token'))
      .map((r) => new URLSearchParams(r.body).get('scope'));
    expect(scopes).toEqual([
      'https://graph.microsoft.us/.default',
      'https://outlook.office365.us/.default',
    ]);
    const bearer = (host: string) =>
      seen.find((r) => r.url.startsWith(`https://${host}/`))?.headers.authorization?.slice(7) ?? '';
    expect(claims(bearer('graph.microsoft.us')).aud).toBe('https://graph.microsoft.us');
    expect(claims(bearer('outlook.office365.us')).aud).toBe('https://outlook.office365.us');
  });

  it('sends X-AnchorMailbox for the tenant initial domain and Prefer maxpagesize to Exchange', async () => {
    const seen: Seen[] = [];
    const client = new MicrosoftClient(endpoints(), { fetch: routedFetch([], seen) });
    await client.cmdlet('Get-AuthenticationPolicy');
    const invoke = seen.find((r) => r.url.endsWith('/InvokeCommand'));
    const org = (await (
      await fetch(`${emulator.url}/v1.0/organization`, {
        headers: {
          authorization: seen.find((r) => r.url.includes('/organization'))!.headers.authorization!,
        },
      })
    ).json()) as { value: Array<{ verifiedDomains: Array<{ name: string; isInitial: boolean }> }> };
    const initial = org.value[0]!.verifiedDomains.find((d) => d.isInitial)!.name;
    expect(invoke?.headers['x-anchormailbox']).toBe(`APP:${EXCHANGE_ANCHOR_MAILBOX}@${initial}`);
    expect(invoke?.headers.prefer).toBe('odata.maxpagesize=1000');
  });

  it('is refused by the emulator (400, naming the header) without either header', async () => {
    const exchangeToken = await (
      await fetch(`${emulator.url}/${emulator.tenants[0]!.tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: emulator.clientId,
          client_secret: 'posture-watch-emulator-demo-secret',
          scope: 'https://outlook.office365.com/.default',
        }),
      })
    ).json();
    const call = (headers: Record<string, string>) =>
      fetch(`${emulator.url}/adminapi/beta/${emulator.tenants[0]!.tenantId}/InvokeCommand`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${(exchangeToken as { access_token: string }).access_token}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-OrganizationConfig' } }),
      });
    const anchor = `APP:${EXCHANGE_ANCHOR_MAILBOX}@${emulator.tenants[0]!.domain}`;
    const noAnchor = await call({ Prefer: 'odata.maxpagesize=1000' });
    expect(noAnchor.status).toBe(400);
    expect(await noAnchor.text()).toMatch(/X-AnchorMailbox/);
    const noPrefer = await call({ 'X-AnchorMailbox': anchor });
    expect(noPrefer.status).toBe(400);
    expect(await noPrefer.text()).toMatch(/maxpagesize/);
    const otherTenant = await call({
      'X-AnchorMailbox': `APP:${EXCHANGE_ANCHOR_MAILBOX}@fabrikam.example`,
      Prefer: 'odata.maxpagesize=1000',
    });
    expect(otherTenant.status).toBe(400);
    expect(
      (await call({ 'X-AnchorMailbox': anchor, Prefer: 'odata.maxpagesize=1000' })).status,
    ).toBe(200);
  });

  it('paces sign-in pages to the reporting quota: 12 pages, not one 429; unpaced, the emulator throttles', async () => {
    const paced = new MicrosoftClient(endpoints(), { reportingQuota: QUOTA, maxAttempts: 1 });
    const started = Date.now();
    let pages = 0;
    for await (const page of paced.graphPages('/beta/auditLogs/signIns?$top=20')) {
      expect(page.length).toBeGreaterThan(0);
      if (++pages === 12) break;
    }
    expect(pages).toBe(12);
    expect(paced.reportingCalls).toEqual({ made: 12, throttled: 0 });
    expect(paced.retries).toBe(0);
    // 12 calls at 5 per window need at least two full windows.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * QUOTA.windowMs);

    await new Promise((r) => setTimeout(r, QUOTA.windowMs + 100));
    const unpaced = new MicrosoftClient(endpoints(), { reportingQuota: null, maxAttempts: 1 });
    let failure: unknown = null;
    try {
      let n = 0;
      for await (const _page of unpaced.graphPages('/beta/auditLogs/signIns?$top=20')) {
        if (++n === 12) break;
      }
    } catch (err) {
      failure = err;
    }
    expect(String(failure)).toMatch(/429/);
    expect(unpaced.reportingCalls.throttled).toBe(1);
  });
});
