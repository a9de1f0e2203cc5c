import { describe, expect, it } from 'vitest';
import { evaluateCheck } from './evaluate.js';
import { renderEnglish } from './catalogue/messages.js';
import { CHECKS, findCheck } from './registry.js';
import { PROSE_LOCALES, untranslatedRemediation } from './i18n/prose.js';
import {
  DAY,
  allowingExoPolicy,
  appProtectionPolicy,
  blockingExoPolicy,
  caPolicy,
  device,
  exoUser,
  group,
  member,
  rule,
  wave,
} from './testing/fixtures.js';
import { NOW, makeView, presentSignIns } from './testing/view-factory.js';
import type {
  CheckOutcomes,
  ConditionalAccessPolicy,
  ExchangeOnlineData,
  ExchangeOnPremisesData,
  OnPremAuthenticationPolicy,
  SignInAggregates,
  TenantView,
} from './types.js';

/**
 * Behaviour of the whole catalogue: every registered check returns each status its `outcomes`
 * declare (the sentences docs/checks.md prints), from a view whose sources are all present, so
 * the status comes from the check itself and not from the runner's source gates. A new check
 * needs a scenario here for every status it declares.
 */
type Scenarios = { [S in keyof CheckOutcomes]-?: () => TenantView };

const UPN_A = 'a@contoso.com';
const UPN_B = 'b@contoso.com';
const PILOT = wave({ groupId: 'g-pilot' });

// Exchange Online -------------------------------------------------------------------------------

const exoWithDefault = (DefaultAuthenticationPolicy: string | null): ExchangeOnlineData => ({
  organizationConfig: { DefaultAuthenticationPolicy },
  authenticationPolicies: [
    blockingExoPolicy('Block Basic Auth'),
    allowingExoPolicy('Legacy Allowed'),
  ],
});

/** a@ has the blocking policy; b@ has it only when `bCovered`. */
const exoUsers = (bCovered: boolean): ExchangeOnlineData => ({
  ...exoWithDefault(null),
  users: [
    exoUser(UPN_A, { policy: 'Block Basic Auth' }),
    exoUser(UPN_B, { policy: bCovered ? 'Block Basic Auth' : null }),
  ],
});

const pilotView = (
  opts: { bCovered?: boolean; threshold?: number; waves?: TenantView['waves'] } = {},
) =>
  makeView({
    exchangeOnline: exoUsers(opts.bCovered ?? true),
    entra: { groups: [group('g-pilot', [member(UPN_A), member(UPN_B)])] },
    waves: opts.waves ?? [PILOT],
    settings: { pilotCoverageThreshold: opts.threshold ?? 0.95 },
  });

const duePilot = wave({ groupId: 'g-pilot', plannedAt: new Date(NOW.getTime() - DAY) });

// Exchange on-premises --------------------------------------------------------------------------

const onPremPolicy = (Name: string, blocks: boolean): OnPremAuthenticationPolicy => ({
  Name,
  Identity: Name,
  BlockLegacyAuthActiveSync: blocks,
  BlockLegacyAuthAutodiscover: blocks,
});

const onPremWithDefault = (DefaultAuthenticationPolicy: string | null): ExchangeOnPremisesData => ({
  organizationConfig: { DefaultAuthenticationPolicy },
  authenticationPolicies: [onPremPolicy('BlockLegacy', true), onPremPolicy('Open', false)],
});

const onPrem = (data: ExchangeOnPremisesData, waves: TenantView['waves'] = []) =>
  makeView({ exchangeOnPremises: data, waves });

const hma = (mapiOAuth: boolean): ExchangeOnPremisesData => ({
  authServers: [
    {
      Name: 'EvoSts - 0f5b7c2e',
      Type: 'AzureAD',
      Enabled: true,
      IsDefaultAuthorizationEndpoint: true,
    },
  ],
  virtualDirectories: (['ActiveSync', 'Autodiscover', 'WebServices', 'Mapi', 'OAB'] as const).map(
    (Kind) => ({
      Kind,
      Server: 'EX01',
      OAuthAuthentication: Kind === 'Mapi' ? mapiOAuth : true,
    }),
  ),
});

const SP_NAMES = ['00000002-0000-0ff1-ce00-000000000000', 'https://outlook.office365.com/'];
const hmaSpn = (names: string[] | undefined, withExternal = true) =>
  makeView({
    exchangeOnPremises: {
      virtualDirectories: (['ActiveSync', 'Autodiscover'] as const).map((Kind) => ({
        Kind,
        Server: 'EX01',
        ExternalUrl: withExternal
          ? Kind === 'ActiveSync'
            ? 'https://mail.contoso.com/Microsoft-Server-ActiveSync'
            : 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml'
          : null,
      })),
    },
    entra: {
      exchangeServicePrincipal: {
        id: 'sp-exo',
        appId: '00000002-0000-0ff1-ce00-000000000000',
        servicePrincipalNames: names,
      },
    },
  });

const servers = (...versions: string[]) =>
  onPrem({
    exchangeServers: versions.map((AdminDisplayVersion, i) => ({
      Name: `EX0${i + 1}`,
      AdminDisplayVersion,
    })),
  });

const easRules = (rules: ExchangeOnPremisesData['activeSyncDeviceAccessRules']) =>
  onPrem({
    activeSyncOrganizationSettings: { DefaultAccessLevel: 'Block' },
    activeSyncDeviceAccessRules: rules,
  });

// Entra -----------------------------------------------------------------------------------------

const entra = (
  policies: ConditionalAccessPolicy[] | undefined,
  extra: { waves?: TenantView['waves'] } = {},
) => makeView({ entra: { conditionalAccessPolicies: policies, users: [], groups: [] }, ...extra });

const blockLegacy = (state: ConditionalAccessPolicy['state'] = 'enabled') =>
  caPolicy({ builtInControls: ['block'], clientAppTypes: ['exchangeActiveSync', 'other'], state });

const requireMfa = (state: ConditionalAccessPolicy['state'] = 'enabled', includeUsers = ['All']) =>
  caPolicy({
    builtInControls: ['mfa'],
    clientAppTypes: ['mobileAppsAndDesktopClients'],
    includeApplications: ['Office365'],
    state,
    includeUsers,
  });

const breakGlass = (accounts: string[], excluded: boolean) =>
  makeView({
    entra: {
      conditionalAccessPolicies: [
        caPolicy({ builtInControls: ['block'], excludeUsers: excluded ? ['id-bg'] : [] }),
      ],
      users: [{ id: 'id-bg', userPrincipalName: 'bg@contoso.com', accountEnabled: true }],
      groups: [],
    },
    settings: { emergencyAccessAccounts: accounts },
  });

const appProtection = (platforms: ConditionalAccessPolicy | null) =>
  entra(platforms === null ? [] : [platforms]);

/** iOS and Android Outlook policies; a@ is in the pilot group, b@ in wave 2. */
const intune = (
  ios: ReturnType<typeof appProtectionPolicy>[] | undefined,
  android: ReturnType<typeof appProtectionPolicy>[] | undefined,
) =>
  makeView({
    entra: {
      conditionalAccessPolicies: [],
      users: [
        { id: 'id-a', userPrincipalName: UPN_A, accountEnabled: true },
        { id: 'id-b', userPrincipalName: UPN_B, accountEnabled: true },
      ],
      groups: [group('g-pilot', [member(UPN_A)]), group('g-wave2', [member(UPN_B)])],
      iosManagedAppProtections: ios,
      androidManagedAppProtections: android,
    },
    waves: [PILOT, wave({ groupId: 'g-wave2', order: 2 })],
  });

// Sign-ins --------------------------------------------------------------------------------------

const signIns = (overrides: Partial<SignInAggregates> = {}) =>
  makeView({ signIns: presentSignIns(overrides) });

const legacySuccess = (count: number, rows: number) =>
  signIns({
    legacySuccess: {
      count,
      byUserProtocol: {
        items: Array.from({ length: rows }, () => ({
          userPrincipalName: UPN_A,
          clientAppUsed: 'IMAP4',
          count,
          firstSeen: NOW,
          lastSeen: NOW,
          sampleIds: ['s-1'],
        })),
        total: rows,
      },
    },
  });

const legacyFailures = (current: number, previous: number, users: number) =>
  signIns({
    legacyFailures: {
      current,
      previous,
      users: {
        items: Array.from({ length: users }, () => ({
          userPrincipalName: UPN_A,
          clientAppUsed: 'POP3',
          count: current,
          lastSeen: NOW,
        })),
        total: users,
      },
    },
  });

const mfa = (considered: number, withMfa: number, missingRequirement = 0) =>
  signIns({ mfa: { considered, withMfa, missingRequirement, byWave: [] } });

const caNotApplied = (count: number, users: number) =>
  signIns({
    caNotApplied: {
      count,
      users: {
        items: Array.from({ length: users }, () => ({ userPrincipalName: UPN_A, count })),
        total: users,
      },
    },
  });

// -----------------------------------------------------------------------------------------------

const SCENARIOS: Record<string, Partial<Scenarios>> = {
  'EXO.AUTHPOL.BLOCKS_BASIC': {
    PASS: () => makeView({ exchangeOnline: { authenticationPolicies: [blockingExoPolicy()] } }),
    FAIL: () => makeView({ exchangeOnline: { authenticationPolicies: [allowingExoPolicy()] } }),
    ERROR: () => makeView({ exchangeOnline: {} }),
  },
  'EXO.AUTHPOL.ORG_DEFAULT': {
    PASS: () => makeView({ exchangeOnline: exoWithDefault('Block Basic Auth') }),
    WARN: () => makeView({ exchangeOnline: exoWithDefault(null), waves: [PILOT] }),
    FAIL: () => makeView({ exchangeOnline: exoWithDefault('Legacy Allowed') }),
    ERROR: () => makeView({ exchangeOnline: exoWithDefault('Deleted Policy') }),
  },
  'ROLLOUT.PILOT_COVERAGE': {
    PASS: () => pilotView(),
    WARN: () => pilotView({ bCovered: false, threshold: 0.5 }),
    FAIL: () => pilotView({ bCovered: false }),
    NOT_APPLICABLE: () => pilotView({ waves: [] }),
    ERROR: () => pilotView({ waves: [wave({ groupId: 'g-deleted' })] }),
  },
  'ROLLOUT.SCHEDULE': {
    PASS: () => pilotView({ waves: [duePilot] }),
    WARN: () => pilotView({ bCovered: false, waves: [duePilot] }),
    NOT_APPLICABLE: () => pilotView({ waves: [] }),
    ERROR: () => pilotView({ waves: [{ ...duePilot, groupId: 'g-deleted' }] }),
  },
  'ROLLOUT.ORG_COVERAGE': {
    PASS: () => makeView({ exchangeOnline: exoUsers(true) }),
    WARN: () => makeView({ exchangeOnline: exoUsers(false) }),
    ERROR: () => makeView({ exchangeOnline: exoWithDefault(null) }),
  },
  'EXO.SMTP_AUTH.DISABLED': {
    PASS: () =>
      makeView({
        exchangeOnline: {
          transportConfig: { SmtpClientAuthenticationDisabled: true },
          casMailboxes: [{ UserPrincipalName: UPN_A, SmtpClientAuthenticationDisabled: null }],
        },
      }),
    FAIL: () =>
      makeView({
        exchangeOnline: {
          transportConfig: { SmtpClientAuthenticationDisabled: true },
          casMailboxes: [{ UserPrincipalName: UPN_A, SmtpClientAuthenticationDisabled: false }],
        },
      }),
    ERROR: () =>
      makeView({ exchangeOnline: { transportConfig: { SmtpClientAuthenticationDisabled: true } } }),
  },
  'ONPREM.HMA.ENABLED': {
    PASS: () => onPrem({ organizationConfig: { OAuth2ClientProfileEnabled: true } }),
    FAIL: () => onPrem({ organizationConfig: { OAuth2ClientProfileEnabled: false } }),
    ERROR: () => onPrem({ organizationConfig: {} }),
  },
  'ONPREM.HMA.EVOSTS': {
    PASS: () => onPrem(hma(true)),
    WARN: () =>
      onPrem({
        ...hma(true),
        virtualDirectories: hma(true).virtualDirectories?.map((d) =>
          d.Kind === 'ActiveSync' ? { ...d, OAuthAuthentication: false } : d,
        ),
      }),
    FAIL: () => onPrem(hma(false)),
    ERROR: () => onPrem({ authServers: hma(true).authServers }),
  },
  'ONPREM.HMA.SPN': {
    PASS: () =>
      hmaSpn([...SP_NAMES, 'https://mail.contoso.com/', 'https://autodiscover.contoso.com/']),
    WARN: () => hmaSpn(SP_NAMES, false),
    FAIL: () => hmaSpn([...SP_NAMES, 'https://autodiscover.contoso.com/']),
    ERROR: () => hmaSpn(undefined),
  },
  'ONPREM.SERVER.BUILD': {
    PASS: () => servers('Version 15.2 (Build 1544.4)'),
    WARN: () => servers('Version 15.2 (Build 1544.4)', 'Version 15.1 (Build 2507.6)'),
    FAIL: () => servers('Version 14.3 (Build 123.4)'),
    ERROR: () => servers('15.2'),
  },
  'ONPREM.AUTHPOL.BLOCKS_LEGACY': {
    PASS: () => onPrem({ authenticationPolicies: [onPremPolicy('BlockLegacy', true)] }),
    FAIL: () => onPrem({ authenticationPolicies: [onPremPolicy('Open', false)] }),
    ERROR: () => onPrem({}),
  },
  'ONPREM.AUTHPOL.ORG_DEFAULT': {
    PASS: () => onPrem(onPremWithDefault('BlockLegacy')),
    WARN: () => onPrem(onPremWithDefault(null), [PILOT]),
    FAIL: () => onPrem(onPremWithDefault('Open')),
    ERROR: () => onPrem(onPremWithDefault('Deleted Policy')),
  },
  'ONPREM.EAS.DEFAULT_BLOCK': {
    PASS: () => onPrem({ activeSyncOrganizationSettings: { DefaultAccessLevel: 'Block' } }),
    FAIL: () => onPrem({ activeSyncOrganizationSettings: { DefaultAccessLevel: 'Quarantine' } }),
    // $null: the collector read no DefaultAccessLevel, so the check cannot tell.
    ERROR: () => onPrem({ activeSyncOrganizationSettings: { DefaultAccessLevel: null } }),
  },
  'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED': {
    PASS: () => easRules([rule('DeviceType', 'OutlookService', 'Allow')]),
    FAIL: () => easRules([]),
    ERROR: () => easRules(undefined),
  },
  'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED': {
    PASS: () => easRules([rule('DeviceModel', 'Outlook for iOS and Android', 'Block')]),
    FAIL: () => easRules([rule('DeviceModel', 'Outlook for iOS and Android', 'Allow')]),
    ERROR: () => easRules(undefined),
  },
  'ONPREM.EAS.UNAPPROVED_DEVICES': {
    PASS: () => onPrem({ mobileDevices: [device({ DeviceType: 'OutlookService' })] }),
    FAIL: () => onPrem({ mobileDevices: [device({ DeviceType: 'iPhone' })] }),
    ERROR: () => onPrem({ mobileDevices: [device({ LastSuccessSync: 'last Tuesday' })] }),
  },
  'ONPREM.EAS.PROTOCOL_VERSION': {
    PASS: () => onPrem({ mobileDevices: [device({ DeviceActiveSyncVersion: '16.1' })] }),
    WARN: () => onPrem({ mobileDevices: [device({ DeviceActiveSyncVersion: '14.1' })] }),
    ERROR: () => onPrem({}),
  },
  'ENTRA.CA.BLOCK_LEGACY_AUTH': {
    PASS: () => entra([blockLegacy()]),
    WARN: () => entra([blockLegacy('enabledForReportingButNotEnforced')]),
    FAIL: () => entra([blockLegacy('disabled')]),
    ERROR: () => entra(undefined),
  },
  'ENTRA.CA.MFA_EXCHANGE': {
    PASS: () => entra([requireMfa()]),
    WARN: () => entra([requireMfa('enabledForReportingButNotEnforced')]),
    FAIL: () => entra([]),
    ERROR: () => entra([requireMfa('enabled', ['id-a'])], { waves: [wave({ groupId: 'g-x' })] }),
  },
  'ENTRA.CA.BREAK_GLASS_EXCLUDED': {
    PASS: () => breakGlass(['bg@contoso.com'], true),
    FAIL: () => breakGlass(['bg@contoso.com'], false),
    NOT_APPLICABLE: () => breakGlass([], false),
    ERROR: () => breakGlass(['ghost@contoso.com'], true),
  },
  'ENTRA.CA.APP_PROTECTION_MOBILE': {
    PASS: () =>
      appProtection(
        caPolicy({
          builtInControls: ['compliantApplication'],
          platforms: { includePlatforms: ['iOS', 'android'] },
        }),
      ),
    WARN: () =>
      appProtection(
        caPolicy({
          builtInControls: ['approvedApplication'],
          platforms: { includePlatforms: ['iOS', 'android'] },
        }),
      ),
    ERROR: () => {
      const policy = caPolicy({ builtInControls: ['compliantApplication'] });
      delete policy.conditions!.platforms;
      return appProtection(policy);
    },
  },
  'INTUNE.APP_PROTECTION_OUTLOOK': {
    PASS: () =>
      intune(
        [appProtectionPolicy('ios')],
        [appProtectionPolicy('android', { targets: ['g-pilot', 'g-wave2'] })],
      ),
    WARN: () =>
      intune(
        [appProtectionPolicy('ios')],
        [appProtectionPolicy('android', { targets: ['g-pilot'] })],
      ),
    FAIL: () =>
      intune([appProtectionPolicy('ios', { outlook: false })], [appProtectionPolicy('android')]),
    NOT_APPLICABLE: () => intune(undefined, undefined),
    ERROR: () => intune([appProtectionPolicy('ios')], undefined),
  },
  'SIGNIN.LEGACY_AUTH_SUCCESS': {
    PASS: () => legacySuccess(0, 0),
    FAIL: () => legacySuccess(3, 1),
    ERROR: () => legacySuccess(3, 0),
  },
  'SIGNIN.LEGACY_AUTH_ATTEMPTS': {
    PASS: () => legacyFailures(12, 10, 1),
    WARN: () => legacyFailures(30, 10, 1),
    ERROR: () => legacyFailures(30, 10, 0),
  },
  'SIGNIN.UNAPPROVED_EAS_CLIENTS': {
    PASS: () => signIns(),
    FAIL: () =>
      signIns({
        easSuccess: {
          items: [
            {
              userPrincipalName: UPN_A,
              deviceId: null,
              operatingSystem: 'iOS 17',
              userAgent: 'Apple-iPhone/1',
              count: 4,
            },
          ],
          total: 1,
        },
      }),
  },
  'SIGNIN.MFA_COVERAGE': {
    PASS: () => mfa(200, 199),
    WARN: () => mfa(100, 95),
    FAIL: () => mfa(100, 50),
    NOT_APPLICABLE: () => mfa(0, 0),
    ERROR: () => mfa(0, 0, 7),
  },
  'SIGNIN.CA_NOT_APPLIED': {
    PASS: () => caNotApplied(0, 0),
    WARN: () => caNotApplied(3, 1),
    ERROR: () => caNotApplied(3, 0),
  },
};

describe('the check registry', () => {
  it('finds every registered check by its ID, and nothing else', () => {
    for (const check of CHECKS) expect(findCheck(check.id)).toBe(check);
    expect(findCheck('NO.SUCH.CHECK')).toBeUndefined();
  });

  describe.each(CHECKS.map((c) => [c.id, c] as const))('%s', (id, check) => {
    const scenarios = SCENARIOS[id] ?? {};

    it('has a scenario for each status it declares, and declares each status shown below', () => {
      expect(Object.keys(scenarios).sort()).toEqual(Object.keys(check.outcomes).sort());
    });

    it.each(Object.keys(check.outcomes) as Array<keyof CheckOutcomes>)(
      'returns %s as its outcomes say',
      (status) => {
        const view = scenarios[status]!();
        for (const source of check.sources) expect(view[source].state).toBe('PRESENT');
        const result = evaluateCheck(check, view);
        expect(result.status, result.summary).toBe(status);
        // Remediation is written with the tenant's own names, never a <placeholder>.
        expect(result.remediation, result.remediation).not.toMatch(/<[^<>\s][^<>]*>/);
        // Every summary is a message (the web translates it), rendered in English as stored.
        expect(result.message?.code, id).toMatch(/^(ROLLOUT|SIGNIN|EXO|ONPREM|ENTRA|INTUNE|RUN)\./);
        expect(renderEnglish(result.message!)).toBe(result.summary);
        // The remediation's prose, generic or written for this result, is in every language.
        for (const locale of PROSE_LOCALES)
          expect(untranslatedRemediation(result.remediation, locale), locale).toEqual([]);
      },
    );
  });
});
