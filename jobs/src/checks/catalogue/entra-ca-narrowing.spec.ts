import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { caPolicy, group, member, wave } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ConditionalAccessPolicy, EntraData } from '../types.js';
import {
  entraCaAppProtectionMobile,
  entraCaBlockLegacyAuth,
  entraCaMfaExchange,
  EXO_APP_ID,
} from './entra-ca.js';

/**
 * Issue 10: each policy below was judged PASS although Entra does not enforce the requirement
 * for the whole population. Each must now be WARN (or FAIL) with every narrowing named.
 */

const groups = [
  group('g-pilot', [member('a@contoso.com'), member('b@contoso.com')]),
  group('g-bg', [member('bg@contoso.com')]),
];
const users = [
  { id: 'id-a', userPrincipalName: 'a@contoso.com' },
  { id: 'id-b', userPrincipalName: 'b@contoso.com' },
  { id: 'id-bg', userPrincipalName: 'bg@contoso.com' },
];
const pilot = wave({ name: 'Pilot', groupId: 'g-pilot', order: 1 });
const namedLocations = [
  {
    '@odata.type': '#microsoft.graph.ipNamedLocation',
    id: 'loc-hq',
    displayName: 'HQ',
    isTrusted: true,
  },
];

const view = (
  policies: ConditionalAccessPolicy[],
  entra: Partial<EntraData> = {},
  emergencyAccessAccounts: string[] = ['bg@contoso.com'],
) =>
  makeView({
    waves: [pilot],
    settings: { emergencyAccessAccounts },
    entra: { conditionalAccessPolicies: policies, groups, users, namedLocations, ...entra },
  });

const mfa = (p: Parameters<typeof caPolicy>[0] = {}) =>
  caPolicy({
    displayName: 'MFA',
    builtInControls: ['mfa'],
    includeApplications: [EXO_APP_ID],
    clientAppTypes: ['mobileAppsAndDesktopClients'],
    excludeGroups: ['g-bg'],
    ...p,
  });
const blockLegacy = (p: Parameters<typeof caPolicy>[0] = {}) =>
  caPolicy({
    displayName: 'Block legacy',
    builtInControls: ['block'],
    includeApplications: ['All'],
    clientAppTypes: ['exchangeActiveSync', 'other'],
    excludeGroups: ['g-bg'],
    ...p,
  });
const appProtection = (p: Parameters<typeof caPolicy>[0] = {}) =>
  caPolicy({
    displayName: 'APP',
    builtInControls: ['compliantApplication'],
    includeApplications: [EXO_APP_ID],
    clientAppTypes: ['mobileAppsAndDesktopClients'],
    platforms: { includePlatforms: ['android', 'iOS'], excludePlatforms: [] },
    excludeGroups: ['g-bg'],
    ...p,
  });

const codes = (r: { evidence: Record<string, unknown> }) =>
  (r.evidence.narrowings as Array<{ code: string }>).map((n) => n.code);

describe('the baselines pass (the policies below differ from them by one narrowing)', () => {
  it('MFA for all users, only the emergency-access account excluded', () => {
    expect(evaluateCheck(entraCaMfaExchange, view([mfa()])).status).toBe('PASS');
  });
  it('block legacy for all users and all cloud apps', () => {
    expect(evaluateCheck(entraCaBlockLegacyAuth, view([blockLegacy()])).status).toBe('PASS');
  });
  it('app protection for all users on iOS and Android', () => {
    expect(evaluateCheck(entraCaAppProtectionMobile, view([appProtection()])).status).toBe('PASS');
  });
});

describe('ENTRA.CA.MFA_EXCHANGE narrowed', () => {
  it('warns when MFA is required only at sign-in risk high', () => {
    const r = evaluateCheck(entraCaMfaExchange, view([mfa({ signInRiskLevels: ['high'] })]));
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['SIGN_IN_RISK']);
    expect(r.summary).toMatch(/sign-in risk high/);
  });

  it('warns when trusted locations (AllTrusted) are excluded', () => {
    const r = evaluateCheck(
      entraCaMfaExchange,
      view([mfa({ locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } })]),
    );
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['LOCATIONS']);
    expect(r.summary).toMatch(/all trusted locations/);
  });

  it('warns when the pilot group is excluded, naming the pilot wave and its users', () => {
    const r = evaluateCheck(
      entraCaMfaExchange,
      view([mfa({ excludeGroups: ['g-bg', 'g-pilot'] })]),
    );
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['USERS_EXCLUDED']);
    expect(r.summary).toMatch(/Pilot/);
    expect(r.summary).toMatch(/a@contoso.com/);
    expect(r.evidence.pilotUsersWithoutEnforcedMfa).toEqual({
      items: ['a@contoso.com', 'b@contoso.com'],
      total: 2,
    });
  });

  it('warns when any exclusion goes beyond the emergency-access accounts', () => {
    const r = evaluateCheck(entraCaMfaExchange, view([mfa({ excludeUsers: ['id-b'] })]));
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/b@contoso.com/);
  });

  it('does not count compliantApplication OR mfa as requiring MFA', () => {
    const r = evaluateCheck(
      entraCaMfaExchange,
      view([mfa({ builtInControls: ['compliantApplication', 'mfa'], operator: 'OR' })]),
    );
    expect(r.status).toBe('FAIL');
  });

  it('counts an authentication strength only when every allowed combination is multi-factor', () => {
    const weak = {
      id: 'str-weak',
      displayName: 'Password or FIDO2',
      allowedCombinations: ['password', 'fido2'],
    };
    const r = evaluateCheck(
      entraCaMfaExchange,
      view([mfa({ builtInControls: [], authenticationStrength: weak })]),
    );
    expect(r.status).toBe('FAIL');
    const strong = evaluateCheck(
      entraCaMfaExchange,
      view([
        mfa({
          builtInControls: [],
          authenticationStrength: { id: '00000000-0000-0000-0000-000000000004' },
        }),
      ]),
    );
    expect(strong.status).toBe('PASS');
  });

  it('resolves an authentication strength by id from the pulled strength policies', () => {
    const custom = {
      id: 'str-custom',
      displayName: 'SMS alone',
      allowedCombinations: ['sms'],
    };
    const r = evaluateCheck(
      entraCaMfaExchange,
      view([mfa({ builtInControls: [], authenticationStrength: { id: 'str-custom' } })], {
        authenticationStrengthPolicies: [custom],
      }),
    );
    expect(r.status).toBe('FAIL');
  });

  it('warns on a device filter, a platform condition and an authentication-flow condition', () => {
    const r = evaluateCheck(
      entraCaMfaExchange,
      view([
        mfa({
          deviceFilter: { mode: 'exclude', rule: 'device.isCompliant -eq True' },
          platforms: { includePlatforms: ['windows'], excludePlatforms: [] },
          authenticationFlows: { transferMethods: 'deviceCodeFlow' },
        }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['PLATFORMS', 'DEVICE_FILTER', 'AUTHENTICATION_FLOWS']);
  });

  it('warns, saying why, when only Security Defaults is on (risk-based MFA)', () => {
    const r = evaluateCheck(
      entraCaMfaExchange,
      view([], { securityDefaults: { id: 'sd', isEnabled: true } }),
    );
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/Security Defaults/);
    expect(r.summary).toMatch(/risk/);
  });
});

describe('ENTRA.CA.BLOCK_LEGACY_AUTH narrowed', () => {
  it('warns when the block is limited to iOS', () => {
    const r = evaluateCheck(
      entraCaBlockLegacyAuth,
      view([blockLegacy({ platforms: { includePlatforms: ['iOS'], excludePlatforms: [] } })]),
    );
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['PLATFORMS']);
    expect(r.summary).toMatch(/iOS/);
  });

  it('warns when the block skips trusted locations', () => {
    const r = evaluateCheck(
      entraCaBlockLegacyAuth,
      view([
        blockLegacy({ locations: { includeLocations: ['All'], excludeLocations: ['loc-hq'] } }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['LOCATIONS']);
    expect(r.summary).toMatch(/HQ/);
  });

  it('warns when the block covers Office 365 only (not all cloud apps)', () => {
    const r = evaluateCheck(
      entraCaBlockLegacyAuth,
      view([blockLegacy({ includeApplications: ['Office365'] })]),
    );
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['APPLICATIONS']);
  });

  it('passes under Security Defaults and says so', () => {
    const r = evaluateCheck(
      entraCaBlockLegacyAuth,
      view([], { securityDefaults: { id: 'sd', isEnabled: true } }),
    );
    expect(r.status).toBe('PASS');
    expect(r.summary).toMatch(/Security Defaults/);
  });

  it('fails with no policy and Security Defaults off', () => {
    const r = evaluateCheck(
      entraCaBlockLegacyAuth,
      view([], { securityDefaults: { id: 'sd', isEnabled: false } }),
    );
    expect(r.status).toBe('FAIL');
  });
});

describe('ENTRA.CA.APP_PROTECTION_MOBILE narrowed', () => {
  it('warns when the policy targets one user', () => {
    const r = evaluateCheck(
      entraCaAppProtectionMobile,
      view([appProtection({ includeUsers: ['id-a'], excludeGroups: [] })]),
    );
    expect(r.status).toBe('WARN');
    expect(codes(r)).toEqual(['USERS_NOT_ALL']);
    expect(r.summary).toMatch(/a@contoso.com/);
  });

  it('warns when compliantApplication is only an OR alternative to mfa', () => {
    const r = evaluateCheck(
      entraCaAppProtectionMobile,
      view([appProtection({ builtInControls: ['compliantApplication', 'mfa'], operator: 'OR' })]),
    );
    expect(r.status).toBe('WARN');
    expect(r.summary).toMatch(/mfa/);
  });
});
