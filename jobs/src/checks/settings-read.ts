/**
 * Which checks read which snapshot setting, so that drift of a setting links to the checks it can
 * move. Kept beside the registry rather than in the catalogue: the checks stay pure functions of
 * the view, and this table is the one place that says what they read (settings-read.spec.ts
 * holds it to the registry and shows a flip of each listed setting moving its checks).
 *
 * A setting is a drift path with every `[identity]` written `[*]`. A path matches a row that is
 * equal to it, that it lies under (a field inside a watched list), or that lies under it (an added
 * or removed object carries every setting inside it).
 */

const EXO_BASIC = [
  'EXO.AUTHPOL.BLOCKS_BASIC',
  'EXO.AUTHPOL.ORG_DEFAULT',
  'ROLLOUT.PILOT_COVERAGE',
  'ROLLOUT.SCHEDULE',
  'ROLLOUT.ORG_COVERAGE',
] as const;
/** Read through the effective policy of each user (their own, else the org default). */
const EXO_ASSIGNMENT = [
  'EXO.AUTHPOL.ORG_DEFAULT',
  'ROLLOUT.PILOT_COVERAGE',
  'ROLLOUT.SCHEDULE',
  'ROLLOUT.ORG_COVERAGE',
] as const;
const ONPREM_LEGACY = ['ONPREM.AUTHPOL.BLOCKS_LEGACY', 'ONPREM.AUTHPOL.ORG_DEFAULT'] as const;
const EAS_RULES = [
  'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED',
  'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED',
] as const;
const CA_ALL = [
  'ENTRA.CA.BLOCK_LEGACY_AUTH',
  'ENTRA.CA.MFA_EXCHANGE',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED',
  'ENTRA.CA.APP_PROTECTION_MOBILE',
] as const;

/** The checks that judge narrowing conditions. */
const CA_NARROWED = [
  'ENTRA.CA.BLOCK_LEGACY_AUTH',
  'ENTRA.CA.MFA_EXCHANGE',
  'ENTRA.CA.APP_PROTECTION_MOBILE',
] as const;

export const SETTINGS_READ: ReadonlyArray<{ setting: string; checks: readonly string[] }> = [
  // Exchange Online
  ...['ActiveSync', 'Autodiscover', 'OutlookService'].map((p) => ({
    setting: `exchangeOnline.authenticationPolicies[*].AllowBasicAuth${p}`,
    checks: EXO_BASIC,
  })),
  // A rename changes what DefaultAuthenticationPolicy and user assignments refer to (and the
  // policy lists in the evidence).
  { setting: 'exchangeOnline.authenticationPolicies[*].Name', checks: EXO_BASIC },
  {
    setting: 'exchangeOnline.organizationConfig.DefaultAuthenticationPolicy',
    checks: EXO_ASSIGNMENT,
  },
  { setting: 'exchangeOnline.users[*].AuthenticationPolicy', checks: EXO_ASSIGNMENT.slice(1) },
  {
    setting: 'exchangeOnline.transportConfig.SmtpClientAuthenticationDisabled',
    checks: ['EXO.SMTP_AUTH.DISABLED'],
  },
  {
    setting: 'exchangeOnline.casMailboxes[*].SmtpClientAuthenticationDisabled',
    checks: ['EXO.SMTP_AUTH.DISABLED'],
  },
  // Exchange on-premises
  ...['ActiveSync', 'Autodiscover'].map((p) => ({
    setting: `exchangeOnPremises.authenticationPolicies[*].BlockLegacyAuth${p}`,
    checks: ONPREM_LEGACY,
  })),
  {
    setting: 'exchangeOnPremises.authenticationPolicies[*].Name',
    checks: ONPREM_LEGACY,
  },
  {
    setting: 'exchangeOnPremises.organizationConfig.DefaultAuthenticationPolicy',
    checks: ['ONPREM.AUTHPOL.ORG_DEFAULT'],
  },
  {
    setting: 'exchangeOnPremises.organizationConfig.OAuth2ClientProfileEnabled',
    checks: ['ONPREM.HMA.ENABLED'],
  },
  {
    setting: 'exchangeOnPremises.activeSyncOrganizationSettings.DefaultAccessLevel',
    checks: ['ONPREM.EAS.DEFAULT_BLOCK', 'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED'],
  },
  ...['Characteristic', 'QueryString', 'AccessLevel'].map((f) => ({
    setting: `exchangeOnPremises.activeSyncDeviceAccessRules[*].${f}`,
    checks: EAS_RULES,
  })),
  ...['Type', 'Enabled', 'IsDefaultAuthorizationEndpoint'].map((f) => ({
    setting: `exchangeOnPremises.authServers[*].${f}`,
    checks: ['ONPREM.HMA.EVOSTS'],
  })),
  // Every authentication field of a virtual directory: OAuthAuthentication or *AuthenticationMethods.
  { setting: 'exchangeOnPremises.virtualDirectories[*]', checks: ['ONPREM.HMA.EVOSTS'] },
  // Entra ID
  { setting: 'entra.conditionalAccessPolicies[*].state', checks: CA_ALL },
  { setting: 'entra.conditionalAccessPolicies[*].conditions.users', checks: CA_ALL },
  { setting: 'entra.conditionalAccessPolicies[*].conditions.applications', checks: CA_ALL },
  {
    setting: 'entra.conditionalAccessPolicies[*].conditions.clientAppTypes',
    checks: ['ENTRA.CA.BLOCK_LEGACY_AUTH', 'ENTRA.CA.MFA_EXCHANGE'],
  },
  // Every other condition narrows a policy (catalogue/ca-scope.ts): each CA check reads them.
  ...[
    'platforms',
    'locations',
    'signInRiskLevels',
    'userRiskLevels',
    'insiderRiskLevels',
    'devices',
    'clientApplications',
    'authenticationFlows',
  ].map((c) => ({
    setting: `entra.conditionalAccessPolicies[*].conditions.${c}`,
    checks: CA_NARROWED,
  })),
  { setting: 'entra.namedLocations[*]', checks: CA_NARROWED },
  {
    setting: 'entra.securityDefaults.isEnabled',
    checks: ['ENTRA.CA.BLOCK_LEGACY_AUTH', 'ENTRA.CA.MFA_EXCHANGE'],
  },
  { setting: 'entra.conditionalAccessPolicies[*].grantControls', checks: CA_ALL },
  // Intune app protection policies: their apps and assignments.
  ...['iosManagedAppProtections', 'androidManagedAppProtections'].map((list) => ({
    setting: `entra.${list}[*]`,
    checks: ['INTUNE.APP_PROTECTION_OUTLOOK'],
  })),
  // Membership of rollout-wave groups (and the groups nested in them).
  {
    setting: 'entra.groups[*].members',
    checks: [
      'ROLLOUT.PILOT_COVERAGE',
      'ROLLOUT.SCHEDULE',
      'ENTRA.CA.MFA_EXCHANGE',
      'ENTRA.CA.BREAK_GLASS_EXCLUDED',
      'INTUNE.APP_PROTECTION_OUTLOOK',
    ],
  },
];

/** A drift path with each `[identity]` (escaped as formatted by the drift paths) made `[*]`. */
export function settingOf(path: string): string {
  return path.replace(/\[(?:\\.|[^\]\\])*\]/g, '[*]');
}

const under = (inner: string, outer: string) =>
  inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);

/** The ids of the checks that read the setting at `path` (or a setting inside it), sorted. */
export function checksReading(path: string): string[] {
  const setting = settingOf(path);
  const ids = new Set<string>();
  for (const row of SETTINGS_READ) {
    if (under(setting, row.setting) || under(row.setting, setting)) {
      for (const c of row.checks) ids.add(c);
    }
  }
  return [...ids].sort();
}
