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
 * Issue 10 over HTTP: each Conditional Access policy that used to PASS although Entra does not
 * enforce it for everyone is pushed as a collector would push it (Graph's full policy shape),
 * checked, and read back through GraphQL: WARN or FAIL, with each narrowing named in the summary
 * and as a code in the evidence.
 */
let app: RunningApp;
let dbUrl: string;
let admin: string;
let tenantId: string;

const EXO = '00000002-0000-0ff1-ce00-000000000000';
const groups = [
  {
    id: 'g-pilot',
    displayName: 'Pilot wave 1',
    members: [
      { '@odata.type': '#microsoft.graph.user', id: 'u-a', userPrincipalName: 'a@contoso.com' },
      { '@odata.type': '#microsoft.graph.user', id: 'u-b', userPrincipalName: 'b@contoso.com' },
    ],
  },
  {
    id: 'g-bg',
    displayName: 'Emergency access accounts',
    members: [
      { '@odata.type': '#microsoft.graph.user', id: 'u-bg', userPrincipalName: 'bg@contoso.com' },
    ],
  },
];
const users = [
  { id: 'u-a', userPrincipalName: 'a@contoso.com', accountEnabled: true },
  { id: 'u-b', userPrincipalName: 'b@contoso.com', accountEnabled: true },
  { id: 'u-bg', userPrincipalName: 'bg@contoso.com', accountEnabled: true },
];
const namedLocations = [
  {
    '@odata.type': '#microsoft.graph.ipNamedLocation',
    id: 'loc-hq',
    displayName: 'Head office',
    isTrusted: true,
    ipRanges: [{ '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '203.0.113.0/24' }],
  },
];

type Parts = {
  clientAppTypes: string[];
  includeApplications: string[];
  builtInControls: string[];
  operator?: 'AND' | 'OR';
  includeUsers?: string[];
  excludeGroups?: string[];
  platforms?: { includePlatforms: string[]; excludePlatforms: string[] } | null;
  locations?: { includeLocations: string[]; excludeLocations: string[] } | null;
  signInRiskLevels?: string[];
};

/** A policy as GET /identity/conditionalAccess/policies returns it. */
function policy(id: string, p: Parts) {
  return {
    id,
    displayName: id,
    state: 'enabled',
    conditions: {
      userRiskLevels: [],
      signInRiskLevels: p.signInRiskLevels ?? [],
      clientAppTypes: p.clientAppTypes,
      servicePrincipalRiskLevels: [],
      insiderRiskLevels: null,
      platforms: p.platforms ?? null,
      locations: p.locations ?? null,
      devices: null,
      clientApplications: null,
      authenticationFlows: null,
      applications: {
        includeApplications: p.includeApplications,
        excludeApplications: [],
        includeUserActions: [],
        includeAuthenticationContextClassReferences: [],
        applicationFilter: null,
      },
      users: {
        includeUsers: p.includeUsers ?? ['All'],
        excludeUsers: [],
        includeGroups: [],
        excludeGroups: p.excludeGroups ?? ['g-bg'],
        includeRoles: [],
        excludeRoles: [],
        includeGuestsOrExternalUsers: null,
        excludeGuestsOrExternalUsers: null,
      },
    },
    grantControls: {
      operator: p.operator ?? 'OR',
      builtInControls: p.builtInControls,
      customAuthenticationFactors: [],
      termsOfUse: [],
      authenticationStrength: null,
    },
    sessionControls: null,
  };
}

const mfa = (p: Partial<Parts> = {}) =>
  policy('Require MFA for Exchange Online', {
    clientAppTypes: ['mobileAppsAndDesktopClients'],
    includeApplications: [EXO],
    builtInControls: ['mfa'],
    ...p,
  });
const blockLegacy = (p: Partial<Parts> = {}) =>
  policy('Block legacy authentication', {
    clientAppTypes: ['exchangeActiveSync', 'other'],
    includeApplications: ['All'],
    builtInControls: ['block'],
    ...p,
  });
const appProtection = (p: Partial<Parts> = {}) =>
  policy('Require app protection', {
    clientAppTypes: ['mobileAppsAndDesktopClients'],
    includeApplications: [EXO],
    builtInControls: ['compliantApplication'],
    platforms: { includePlatforms: ['android', 'iOS'], excludePlatforms: [] },
    ...p,
  });

interface Result {
  checkId: string;
  status: string;
  summary: string;
  evidence: { narrowings?: Array<{ code: string }> };
}

/** Pushes the policies as a new Entra snapshot, runs the checks and returns the check's result. */
async function judge(
  checkId: string,
  policies: unknown[],
  extra: Record<string, unknown> = {},
): Promise<Result> {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({
      capturedAt: new Date().toISOString(),
      entra: { conditionalAccessPolicies: policies, users, groups, namedLocations, ...extra },
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const run = await gql<{ runChecks: { id: string; status: string } }>(
    app.url,
    admin,
    'mutation($t: ID!) { runChecks(tenantId: $t) { id status } }',
    { t: tenantId },
  );
  expect(run.errors).toBeUndefined();
  const r = await gql<{ allCheckResults: Result[] }>(
    app.url,
    admin,
    `query($t: ID!, $r: ID!, $c: String!) { allCheckResults(filter: { tenantId: $t, runId: $r, checkId: $c }) {
       checkId status summary evidence } }`,
    { t: tenantId, r: run.data!.runChecks.id, c: checkId },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.allCheckResults[0]!;
}

const codes = (r: Result) => (r.evidence.narrowings ?? []).map((n) => n.code);

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  admin = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'e2e', '--role', 'ADMIN'])).stdout,
  );
  const t = await gql<{ createTenant: { id: string } }>(
    app.url,
    admin,
    'mutation { createTenant(name: "Narrowed") { id } }',
  );
  tenantId = t.data!.createTenant.id;
  const u = await gql(
    app.url,
    admin,
    'mutation($t: ID!) { updateTenant(id: $t, settings: { emergencyAccessAccounts: ["bg@contoso.com"] }) { id } }',
    { t: tenantId },
  );
  expect(u.errors).toBeUndefined();
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('Conditional Access pushed through the API is judged as Entra judges it', () => {
  it('passes the un-narrowed policies (only the emergency-access group excluded)', async () => {
    expect((await judge('ENTRA.CA.MFA_EXCHANGE', [mfa()])).status).toBe('PASS');
    expect((await judge('ENTRA.CA.BLOCK_LEGACY_AUTH', [blockLegacy()])).status).toBe('PASS');
    expect((await judge('ENTRA.CA.APP_PROTECTION_MOBILE', [appProtection()])).status).toBe('PASS');
  });

  it.each([
    [
      'MFA only at sign-in risk high',
      'ENTRA.CA.MFA_EXCHANGE',
      [mfa({ signInRiskLevels: ['high'] })],
      'WARN',
      ['SIGN_IN_RISK'],
      /only at sign-in risk high/,
    ],
    [
      'MFA excluding AllTrusted locations',
      'ENTRA.CA.MFA_EXCHANGE',
      [mfa({ locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } })],
      'WARN',
      ['LOCATIONS'],
      /except all trusted locations/,
    ],
    [
      'MFA excluding the pilot group',
      'ENTRA.CA.MFA_EXCHANGE',
      [mfa({ excludeGroups: ['g-bg', 'g-pilot'] })],
      'WARN',
      ['USERS_EXCLUDED'],
      /a@contoso\.com, b@contoso\.com.*Pilot wave 1/,
    ],
    [
      'compliantApplication OR mfa',
      'ENTRA.CA.MFA_EXCHANGE',
      [mfa({ builtInControls: ['compliantApplication', 'mfa'], operator: 'OR' })],
      'FAIL',
      [],
      /MFA is only one alternative: compliantApplication/,
    ],
    [
      'block legacy limited to iOS',
      'ENTRA.CA.BLOCK_LEGACY_AUTH',
      [blockLegacy({ platforms: { includePlatforms: ['iOS'], excludePlatforms: [] } })],
      'WARN',
      ['PLATFORMS'],
      /device platforms only iOS/,
    ],
    [
      'block legacy that skips trusted locations',
      'ENTRA.CA.BLOCK_LEGACY_AUTH',
      [blockLegacy({ locations: { includeLocations: ['All'], excludeLocations: ['loc-hq'] } })],
      'WARN',
      ['LOCATIONS'],
      /except Head office \(trusted\)/,
    ],
    [
      'block legacy for Office 365 only',
      'ENTRA.CA.BLOCK_LEGACY_AUTH',
      [blockLegacy({ includeApplications: ['Office365'] })],
      'WARN',
      ['APPLICATIONS'],
      /targets Office365 instead of all resources/,
    ],
    [
      'app protection targeting one user',
      'ENTRA.CA.APP_PROTECTION_MOBILE',
      [appProtection({ includeUsers: ['u-a'], excludeGroups: [] })],
      'WARN',
      ['USERS_NOT_ALL'],
      /only 1 assigned users \(a@contoso\.com/,
    ],
    [
      'app protection as compliantApplication OR mfa',
      'ENTRA.CA.APP_PROTECTION_MOBILE',
      [appProtection({ builtInControls: ['compliantApplication', 'mfa'], operator: 'OR' })],
      'WARN',
      [],
      /lets mfa stand in for it \(OR\)/,
    ],
  ] as const)('%s → %s', async (_case, checkId, policies, status, narrowed, summary) => {
    const r = await judge(checkId, [...policies]);
    expect(r.status, r.summary).toBe(status);
    expect(codes(r)).toEqual(narrowed);
    expect(r.summary).toMatch(summary);
  });

  it('Security Defaults: the legacy check passes and says so, the MFA check warns and says why', async () => {
    const sd = {
      securityDefaults: { id: '00000000-0000-0000-0000-000000000005', isEnabled: true },
    };
    const legacy = await judge('ENTRA.CA.BLOCK_LEGACY_AUTH', [], sd);
    expect(legacy.status).toBe('PASS');
    expect(legacy.summary).toMatch(/Security Defaults is enabled/);
    const mfaResult = await judge('ENTRA.CA.MFA_EXCHANGE', [], sd);
    expect(mfaResult.status).toBe('WARN');
    expect(mfaResult.summary).toMatch(/Security Defaults.*risky/);
  });
});
