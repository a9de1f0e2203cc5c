import { APPS, OFFICE365_RESOURCES } from './catalog.js';
import { isoWith7 } from './format.js';
import { stableGuid } from './prng.js';
import type { ScenarioTenant } from './tenant.js';
import type { DayState } from './timeline.js';

/** Graph `conditionalAccessPolicy` (docs/domain.md 2.1), as GET /identity/conditionalAccess/policies returns it. */
export interface ConditionalAccessPolicy {
  id: string;
  templateId: string | null;
  displayName: string;
  createdDateTime: string;
  modifiedDateTime: string | null;
  state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  sessionControls: null;
  conditions: {
    userRiskLevels: string[];
    signInRiskLevels: string[];
    clientAppTypes: string[];
    servicePrincipalRiskLevels: string[];
    insiderRiskLevels: null;
    platforms: { includePlatforms: string[]; excludePlatforms: string[] } | null;
    locations: { includeLocations: string[]; excludeLocations: string[] } | null;
    devices: null;
    clientApplications: null;
    authenticationFlows: null;
    applications: {
      includeApplications: string[];
      excludeApplications: string[];
      includeUserActions: string[];
      includeAuthenticationContextClassReferences: string[];
      applicationFilter: null;
    };
    users: {
      includeUsers: string[];
      excludeUsers: string[];
      includeGroups: string[];
      excludeGroups: string[];
      includeRoles: string[];
      excludeRoles: string[];
      includeGuestsOrExternalUsers: null;
      excludeGuestsOrExternalUsers: null;
    };
  };
  grantControls: {
    operator: 'AND' | 'OR';
    builtInControls: string[];
    customAuthenticationFactors: string[];
    termsOfUse: string[];
    authenticationStrength: null;
  } | null;
}

export type CaClientType =
  'browser' | 'mobileAppsAndDesktopClients' | 'exchangeActiveSync' | 'other';
export type CaPlatform = 'iOS' | 'android' | 'windows' | 'macOS';

/** What a sign-in attempt is and which grant controls its client could satisfy. */
export interface CaContext {
  userIndex: number;
  resourceId: string;
  clientType: CaClientType;
  platform: CaPlatform | null;
  can: { mfa: boolean; approvedApplication: boolean; compliantApplication: boolean };
}

export type PolicyResult =
  | 'success'
  | 'failure'
  | 'notApplied'
  | 'notEnabled'
  | 'reportOnlySuccess'
  | 'reportOnlyFailure'
  | 'reportOnlyNotApplied';

export interface AppliedPolicy {
  id: string;
  displayName: string;
  enforcedGrantControls: string[];
  enforcedSessionControls: string[];
  result: PolicyResult;
  conditionsSatisfied: string;
  conditionsNotSatisfied: string;
  includeRulesSatisfied: Array<{ conditionalAccessCondition: string; ruleSatisfied: string }>;
  excludeRulesSatisfied: Array<{ conditionalAccessCondition: string; ruleSatisfied: string }>;
}

export interface CaOutcome {
  status: 'success' | 'failure' | 'notApplied';
  /** Why an enforced policy failed, when it did. */
  failedOn: 'block' | 'mfa' | 'app' | null;
  /** An enforced, applying policy asks for MFA. */
  mfaRequired: boolean;
  policies: AppliedPolicy[];
}

const GRANT_LABELS: Readonly<Record<string, string>> = {
  block: 'Block',
  mfa: 'Mfa',
  approvedApplication: 'RequireApprovedApp',
  compliantApplication: 'RequireCompliantApp',
  compliantDevice: 'RequireCompliantDevice',
  domainJoinedDevice: 'RequireDomainJoinedDevice',
};

const CREATED = '2024-05-10T02:14:09.2316485Z';
const MODIFIED = '2024-06-03T07:41:55.6018224Z';

/** The tenant's Conditional Access policies on a given day. */
export function conditionalAccessPolicies(
  tenant: ScenarioTenant,
  state: DayState,
): ConditionalAccessPolicy[] {
  const breakGlass = tenant.group('breakGlass').id;
  const id = (key: string) => stableGuid(tenant.seed, 'ca', key);
  const reportOnlySince = state.regressions.get('caPolicyReportOnly');
  const trustedSince = state.regressions.get('caMfaTrustedLocationsExcluded');
  const changedAt = (day: number) => isoWith7(tenant.timeline.realTimeOfDay(day));
  const policy = (
    key: string,
    displayName: string,
    state_: ConditionalAccessPolicy['state'],
    modified: string,
    c: {
      clientAppTypes: string[];
      includeApplications: string[];
      platforms?: string[];
      locations?: { includeLocations: string[]; excludeLocations: string[] };
      operator?: 'AND' | 'OR';
      controls: string[];
    },
  ): ConditionalAccessPolicy => ({
    id: id(key),
    templateId: null,
    displayName,
    createdDateTime: CREATED,
    modifiedDateTime: modified,
    state: state_,
    sessionControls: null,
    conditions: {
      userRiskLevels: [],
      signInRiskLevels: [],
      clientAppTypes: c.clientAppTypes,
      servicePrincipalRiskLevels: [],
      insiderRiskLevels: null,
      platforms: c.platforms ? { includePlatforms: c.platforms, excludePlatforms: [] } : null,
      locations: c.locations ?? null,
      devices: null,
      clientApplications: null,
      authenticationFlows: null,
      applications: {
        includeApplications: c.includeApplications,
        excludeApplications: [],
        includeUserActions: [],
        includeAuthenticationContextClassReferences: [],
        applicationFilter: null,
      },
      users: {
        includeUsers: ['All'],
        excludeUsers: [],
        includeGroups: [],
        excludeGroups: [breakGlass],
        includeRoles: [],
        excludeRoles: [],
        includeGuestsOrExternalUsers: null,
        excludeGuestsOrExternalUsers: null,
      },
    },
    grantControls: {
      operator: c.operator ?? 'OR',
      builtInControls: c.controls,
      customAuthenticationFactors: [],
      termsOfUse: [],
      authenticationStrength: null,
    },
  });
  return [
    policy(
      'block-legacy',
      'CA001: Block legacy authentication',
      reportOnlySince === undefined ? 'enabled' : 'enabledForReportingButNotEnforced',
      reportOnlySince === undefined ? MODIFIED : changedAt(reportOnlySince),
      {
        clientAppTypes: ['exchangeActiveSync', 'other'],
        includeApplications: ['All'],
        controls: ['block'],
      },
    ),
    policy(
      'mfa-exchange',
      'CA002: Require MFA for Exchange Online',
      'enabled',
      trustedSince === undefined ? MODIFIED : changedAt(trustedSince),
      {
        clientAppTypes: ['browser', 'mobileAppsAndDesktopClients'],
        includeApplications: [APPS.exchangeOnline.id],
        controls: ['mfa'],
        // The regression skips MFA at trusted locations (the offices): a narrowed policy.
        ...(trustedSince === undefined
          ? {}
          : { locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } }),
      },
    ),
    policy(
      'app-protection',
      'CA003: Require app protection policy on iOS and Android',
      'enabled',
      MODIFIED,
      {
        clientAppTypes: ['mobileAppsAndDesktopClients'],
        includeApplications: ['Office365'],
        platforms: ['android', 'iOS'],
        controls: ['approvedApplication', 'compliantApplication'],
      },
    ),
    policy(
      'eas-app-protection',
      'CA004: Exchange ActiveSync requires app protection',
      'enabled',
      MODIFIED,
      {
        clientAppTypes: ['exchangeActiveSync'],
        includeApplications: [APPS.exchangeOnline.id],
        controls: ['compliantApplication'],
      },
    ),
    policy(
      'country-block',
      'CA005: Block sign-ins from outside approved countries',
      'disabled',
      MODIFIED,
      {
        clientAppTypes: ['all'],
        includeApplications: ['All'],
        locations: { includeLocations: ['All'], excludeLocations: [id('loc-countries')] },
        controls: ['block'],
      },
    ),
  ];
}

const outcomes = new WeakMap<readonly ConditionalAccessPolicy[], Map<string, CaOutcome>>();

/**
 * Evaluates the policies for one sign-in attempt, the way Entra reports it afterwards. The
 * outcome depends on a handful of facts only, so it is computed once per combination and
 * shared (callers copy before changing anything).
 */
export function evaluateConditionalAccess(
  tenant: ScenarioTenant,
  policies: readonly ConditionalAccessPolicy[],
  ctx: CaContext,
): CaOutcome {
  const breakGlass = tenant.isBreakGlass(ctx.userIndex);
  const key = `${breakGlass}|${ctx.resourceId}|${ctx.clientType}|${ctx.platform}|${ctx.can.mfa}|${ctx.can.approvedApplication}|${ctx.can.compliantApplication}`;
  let memo = outcomes.get(policies);
  if (!memo) outcomes.set(policies, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const outcome = evaluate(policies, ctx, breakGlass);
  memo.set(key, outcome);
  return outcome;
}

function evaluate(
  policies: readonly ConditionalAccessPolicy[],
  ctx: CaContext,
  breakGlass: boolean,
): CaOutcome {
  const applied: AppliedPolicy[] = [];
  let status: CaOutcome['status'] = 'notApplied';
  let failedOn: CaOutcome['failedOn'] = null;
  let mfaRequired = false;
  for (const p of policies) {
    const controls = p.grantControls?.builtInControls ?? [];
    const base = { id: p.id, displayName: p.displayName, enforcedSessionControls: [] as string[] };
    if (p.state === 'disabled') {
      applied.push({
        ...base,
        enforcedGrantControls: [],
        result: 'notEnabled',
        conditionsSatisfied: 'none',
        conditionsNotSatisfied: 'none',
        includeRulesSatisfied: [],
        excludeRulesSatisfied: [],
      });
      continue;
    }
    const reportOnly = p.state === 'enabledForReportingButNotEnforced';
    const apps = p.conditions.applications.includeApplications;
    const appRule = apps.includes('All')
      ? 'allApps'
      : apps.includes('Office365') && OFFICE365_RESOURCES.has(ctx.resourceId)
        ? 'office365'
        : apps.includes(ctx.resourceId)
          ? 'appId'
          : null;
    const types = p.conditions.clientAppTypes;
    const clientOk = types.includes('all') || types.includes(ctx.clientType);
    const platforms = p.conditions.platforms?.includePlatforms;
    const platformOk =
      !platforms ||
      (ctx.platform !== null &&
        platforms.some((x) => x.toLowerCase() === ctx.platform?.toLowerCase()));
    const notSatisfied = breakGlass
      ? 'users'
      : !appRule
        ? 'application'
        : !clientOk
          ? 'clientType'
          : !platformOk
            ? 'devicePlatform'
            : null;
    if (notSatisfied) {
      applied.push({
        ...base,
        enforcedGrantControls: [],
        result: reportOnly ? 'reportOnlyNotApplied' : 'notApplied',
        conditionsSatisfied: breakGlass ? 'none' : 'application,users',
        conditionsNotSatisfied: notSatisfied,
        includeRulesSatisfied: [],
        excludeRulesSatisfied: breakGlass
          ? [{ conditionalAccessCondition: 'users', ruleSatisfied: 'groupId' }]
          : [],
      });
      continue;
    }
    const satisfied = (control: string): boolean =>
      control === 'mfa'
        ? ctx.can.mfa
        : control === 'approvedApplication'
          ? ctx.can.approvedApplication
          : control === 'compliantApplication'
            ? ctx.can.compliantApplication
            : false;
    const ok = controls.includes('block')
      ? false
      : p.grantControls?.operator === 'AND'
        ? controls.every(satisfied)
        : controls.some(satisfied);
    const result: PolicyResult = reportOnly
      ? ok
        ? 'reportOnlySuccess'
        : 'reportOnlyFailure'
      : ok
        ? 'success'
        : 'failure';
    applied.push({
      ...base,
      enforcedGrantControls: controls.map((c) => GRANT_LABELS[c] ?? c),
      result,
      conditionsSatisfied: [
        'application',
        'users',
        'clientType',
        ...(platforms ? ['devicePlatform'] : []),
      ].join(','),
      conditionsNotSatisfied: 'none',
      includeRulesSatisfied: [
        { conditionalAccessCondition: 'application', ruleSatisfied: appRule ?? 'appId' },
        { conditionalAccessCondition: 'users', ruleSatisfied: 'allUsers' },
      ],
      excludeRulesSatisfied: [],
    });
    if (reportOnly) continue;
    if (controls.includes('mfa')) mfaRequired = true;
    if (ok) {
      if (status === 'notApplied') status = 'success';
    } else {
      status = 'failure';
      const why = controls.includes('block')
        ? 'block'
        : controls.includes('mfa') && !ctx.can.mfa
          ? 'mfa'
          : 'app';
      // A block outranks the other reasons, as Entra reports the blocking policy.
      if (failedOn !== 'block') failedOn = why;
    }
  }
  return { status, failedOn, mfaRequired, policies: applied };
}

// ---------------------------------------------------------------------------------------------
// Named locations, authentication strengths, Security Defaults (docs/domain.md 2.4–2.6)

/** Graph `ipNamedLocation` / `countryNamedLocation`, as GET /identity/conditionalAccess/namedLocations returns them. */
export function namedLocations(tenant: ScenarioTenant): Array<Record<string, unknown>> {
  const id = (key: string) => stableGuid(tenant.seed, 'ca', key);
  return [
    {
      '@odata.type': '#microsoft.graph.ipNamedLocation',
      id: id('loc-hq'),
      displayName: 'Head office',
      createdDateTime: CREATED,
      modifiedDateTime: MODIFIED,
      isTrusted: true,
      ipRanges: [
        { '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '203.0.113.0/24' },
        { '@odata.type': '#microsoft.graph.iPv6CidrRange', cidrAddress: '2001:db8:100::/48' },
      ],
    },
    {
      '@odata.type': '#microsoft.graph.ipNamedLocation',
      id: id('loc-branch'),
      displayName: 'Branch offices',
      createdDateTime: CREATED,
      modifiedDateTime: MODIFIED,
      isTrusted: false,
      ipRanges: [
        { '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '198.51.100.0/24' },
      ],
    },
    {
      '@odata.type': '#microsoft.graph.countryNamedLocation',
      id: id('loc-countries'),
      displayName: 'Approved countries',
      createdDateTime: CREATED,
      modifiedDateTime: MODIFIED,
      countriesAndRegions: ['US', 'JP', 'TW', 'GB'],
      includeUnknownCountriesAndRegions: false,
      countryLookupMethod: 'clientIpAddress',
    },
  ];
}

const MFA_COMBINATIONS = [
  'windowsHelloForBusiness',
  'fido2',
  'x509CertificateMultiFactor',
  'deviceBasedPush',
  'temporaryAccessPassOneTime',
  'temporaryAccessPassMultiUse',
  'password,microsoftAuthenticatorPush',
  'password,softwareOath',
  'password,hardwareOath',
  'password,x509CertificateSingleFactor',
  'password,x509CertificateMultiFactor',
  'password,sms',
  'password,voice',
  'federatedMultiFactor',
  'microsoftAuthenticatorPush,federatedSingleFactor',
  'softwareOath,federatedSingleFactor',
  'hardwareOath,federatedSingleFactor',
  'sms,federatedSingleFactor',
  'voice,federatedSingleFactor',
];

/** The three built-in strengths (same in every tenant) and one custom, single-factor-capable one. */
export function authenticationStrengthPolicies(
  tenant: ScenarioTenant,
): Array<Record<string, unknown>> {
  const builtIn = (n: number, displayName: string, description: string, combos: string[]) => ({
    id: `00000000-0000-0000-0000-00000000000${n}`,
    createdDateTime: '2021-12-01T08:00:00Z',
    modifiedDateTime: '2021-12-01T08:00:00Z',
    displayName,
    description,
    policyType: 'builtIn',
    requirementsSatisfied: 'mfa',
    allowedCombinations: combos,
    combinationConfigurations: [],
  });
  return [
    builtIn(
      2,
      'Multifactor authentication',
      'Combinations of methods that satisfy strong authentication, such as a password + SMS',
      MFA_COMBINATIONS,
    ),
    builtIn(
      3,
      'Passwordless MFA',
      'Passwordless methods that satisfy strong authentication, such as Passwordless sign-in with the Microsoft Authenticator',
      ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush'],
    ),
    builtIn(
      4,
      'Phishing-resistant MFA',
      'Phishing-resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key',
      ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
    ),
    {
      id: stableGuid(tenant.seed, 'ca', 'strength-frontline'),
      createdDateTime: CREATED,
      modifiedDateTime: MODIFIED,
      displayName: 'Frontline (SMS or MFA)',
      description: 'Shared devices: SMS sign-in accepted',
      policyType: 'custom',
      requirementsSatisfied: 'none',
      allowedCombinations: ['sms', 'password,microsoftAuthenticatorPush', 'fido2'],
      combinationConfigurations: [],
    },
  ];
}

/**
 * GET /policies/identitySecurityDefaultsEnforcementPolicy. Off: the tenant uses Conditional
 * Access, and Security Defaults cannot be on beside enabled policies.
 */
export function securityDefaultsPolicy(): Record<string, unknown> {
  return {
    id: '00000000-0000-0000-0000-000000000005',
    displayName: 'Security Defaults',
    description:
      'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.',
    isEnabled: false,
  };
}
