import { describe, expect, it } from 'vitest';
import { diffSource, type SourceData } from '../drift/snapshot-diff.js';
import { evaluateCheck } from './evaluate.js';
import { CHECKS, findCheck } from './registry.js';
import { checksReading, SETTINGS_READ, settingOf } from './settings-read.js';
import {
  allowingExoPolicy,
  appProtectionPolicy,
  blockingExoPolicy,
  caPolicy,
  exoUser,
  group,
  member,
  rule,
  wave,
} from './testing/fixtures.js';
import { makeView } from './testing/view-factory.js';
import type { SnapshotSourceName } from './types.js';

describe('the table of settings the checks read', () => {
  it('names only checks of the registry, each reading the source of the setting', () => {
    for (const row of SETTINGS_READ) {
      const source = row.setting.split('.')[0] as SnapshotSourceName;
      for (const id of row.checks) {
        expect(findCheck(id), `${row.setting} → ${id}`).toBeDefined();
        expect(findCheck(id)!.sources, `${row.setting} → ${id}`).toContain(source);
      }
    }
  });

  it('generalises identities, escaped ones included', () => {
    expect(settingOf('entra.groups[a\\]b].members[x]')).toBe('entra.groups[*].members[*]');
    expect(checksReading('exchangeOnline.users[x@y]')).toContain('ROLLOUT.ORG_COVERAGE');
    expect(checksReading('exchangeOnline.authenticationPolicies[P].AllowBasicAuthImap')).toEqual(
      [],
    );
  });
});

// A tenant where every snapshot check has something to read, and the mutations drift is about.
const base = (): SourceData => ({
  exchangeOnline: {
    organizationConfig: {
      DefaultAuthenticationPolicy: 'Block Basic Auth',
      OAuth2ClientProfileEnabled: true,
    },
    authenticationPolicies: [blockingExoPolicy(), allowingExoPolicy()],
    users: [
      exoUser('alice@contoso.com'),
      exoUser('bob@contoso.com', { policy: 'Block Basic Auth' }),
      exoUser('breakglass@contoso.com'),
    ],
    transportConfig: { SmtpClientAuthenticationDisabled: true },
    casMailboxes: [
      { UserPrincipalName: 'alice@contoso.com', SmtpClientAuthenticationDisabled: null },
    ],
  },
  exchangeOnPremises: {
    organizationConfig: {
      DefaultAuthenticationPolicy: 'BlockLegacy',
      OAuth2ClientProfileEnabled: true,
    },
    authenticationPolicies: [
      { Name: 'BlockLegacy', BlockLegacyAuthActiveSync: true, BlockLegacyAuthAutodiscover: true },
    ],
    users: [],
    activeSyncOrganizationSettings: { DefaultAccessLevel: 'Block' },
    activeSyncDeviceAccessRules: [
      rule('DeviceType', 'OutlookService', 'Allow'),
      rule('DeviceModel', 'Outlook for iOS and Android', 'Block'),
    ],
    mobileDevices: [],
    authServers: [
      { Name: 'EvoSts - 1', Type: 'AzureAD', Enabled: true, IsDefaultAuthorizationEndpoint: true },
    ],
    virtualDirectories: (['ActiveSync', 'Autodiscover', 'WebServices', 'Mapi', 'OAB'] as const).map(
      (Kind) => ({
        Server: 'EX01',
        Kind,
        OAuthAuthentication: true,
      }),
    ),
  },
  entra: {
    conditionalAccessPolicies: [
      caPolicy({
        id: 'legacy',
        clientAppTypes: ['exchangeActiveSync', 'other'],
        builtInControls: ['block'],
        excludeUsers: ['id-breakglass'],
        locations: { includeLocations: ['All'], excludeLocations: ['loc-hq'] },
      }),
      caPolicy({
        id: 'mfa',
        clientAppTypes: ['mobileAppsAndDesktopClients'],
        builtInControls: ['mfa'],
        excludeUsers: ['id-breakglass'],
      }),
      caPolicy({
        id: 'app',
        platforms: { includePlatforms: ['iOS', 'android'] },
        builtInControls: ['approvedApplication', 'compliantApplication'],
      }),
    ],
    users: ['alice', 'bob', 'breakglass'].map((n) => ({
      id: `id-${n}`,
      userPrincipalName: `${n}@contoso.com`,
      accountEnabled: true,
    })),
    groups: [group('pilot', [member('alice@contoso.com'), member('bob@contoso.com')], 'Pilot')],
    namedLocations: [{ id: 'loc-hq', displayName: 'HQ', isTrusted: true }],
    securityDefaults: { id: 'sd', isEnabled: false },
    iosManagedAppProtections: [appProtectionPolicy('ios')],
    androidManagedAppProtections: [appProtectionPolicy('android')],
  },
});

type Mutation = (d: SourceData) => void;
const mutations: Record<string, [SnapshotSourceName, Mutation]> = {
  'EXO ActiveSync flag': [
    'exchangeOnline',
    (d) => (d.exchangeOnline.authenticationPolicies![0]!.AllowBasicAuthActiveSync = true),
  ],
  'EXO org default': [
    'exchangeOnline',
    (d) => (d.exchangeOnline.organizationConfig!.DefaultAuthenticationPolicy = 'Allow Basic Auth'),
  ],
  'EXO user assignment': [
    'exchangeOnline',
    (d) => (d.exchangeOnline.users![1]!.AuthenticationPolicy = 'Allow Basic Auth'),
  ],
  'EXO policy renamed': [
    'exchangeOnline',
    (d) => (d.exchangeOnline.authenticationPolicies![0]!.Name = 'Renamed'),
  ],
  'SMTP AUTH': [
    'exchangeOnline',
    (d) => (d.exchangeOnline.casMailboxes![0]!.SmtpClientAuthenticationDisabled = false),
  ],
  'on-prem policy renamed': [
    'exchangeOnPremises',
    (d) => (d.exchangeOnPremises.authenticationPolicies![0]!.Name = 'Renamed'),
  ],
  'on-prem legacy flag': [
    'exchangeOnPremises',
    (d) => (d.exchangeOnPremises.authenticationPolicies![0]!.BlockLegacyAuthActiveSync = false),
  ],
  'on-prem HMA': [
    'exchangeOnPremises',
    (d) => (d.exchangeOnPremises.organizationConfig!.OAuth2ClientProfileEnabled = false),
  ],
  DefaultAccessLevel: [
    'exchangeOnPremises',
    (d) => (d.exchangeOnPremises.activeSyncOrganizationSettings!.DefaultAccessLevel = 'Allow'),
  ],
  'device rule level': [
    'exchangeOnPremises',
    (d) => (d.exchangeOnPremises.activeSyncDeviceAccessRules![1]!.AccessLevel = 'Allow'),
  ],
  'device rule removed': [
    'exchangeOnPremises',
    (d) => d.exchangeOnPremises.activeSyncDeviceAccessRules!.shift(),
  ],
  'auth server': [
    'exchangeOnPremises',
    (d) => (d.exchangeOnPremises.authServers![0]!.IsDefaultAuthorizationEndpoint = false),
  ],
  'virtual directory': [
    'exchangeOnPremises',
    (d) => (d.exchangeOnPremises.virtualDirectories![3]!.OAuthAuthentication = false),
  ],
  'CA state': ['entra', (d) => (d.entra.conditionalAccessPolicies![0]!.state = 'disabled')],
  'CA exclusion': [
    'entra',
    (d) => (d.entra.conditionalAccessPolicies![1]!.conditions!.users!.excludeUsers = []),
  ],
  'CA client apps': [
    'entra',
    (d) => (d.entra.conditionalAccessPolicies![1]!.conditions!.clientAppTypes = ['browser']),
  ],
  'CA platforms': [
    'entra',
    (d) =>
      (d.entra.conditionalAccessPolicies![2]!.conditions!.platforms = {
        includePlatforms: ['windows'],
      }),
  ],
  'CA grant': [
    'entra',
    (d) => (d.entra.conditionalAccessPolicies![2]!.grantControls!.builtInControls = ['mfa']),
  ],
  'CA sign-in risk': [
    'entra',
    (d) => (d.entra.conditionalAccessPolicies![1]!.conditions!.signInRiskLevels = ['high']),
  ],
  'CA locations': [
    'entra',
    (d) => (d.entra.conditionalAccessPolicies![0]!.conditions!.locations = null),
  ],
  'named location renamed': [
    'entra',
    (d) => (d.entra.namedLocations![0]!.displayName = 'Head office'),
  ],
  'Security Defaults': ['entra', (d) => (d.entra.securityDefaults!.isEnabled = true)],
  'app protection loses Outlook': [
    'entra',
    (d) => d.entra.iosManagedAppProtections![0]!.apps!.splice(0, 1),
  ],
  'app protection narrowed to the pilot': [
    'entra',
    (d) => {
      d.entra.androidManagedAppProtections = [
        appProtectionPolicy('android', { targets: ['pilot'] }),
      ];
    },
  ],
  'CA policy deleted': ['entra', (d) => d.entra.conditionalAccessPolicies!.splice(0, 1)],
  'pilot member': [
    'entra',
    (d) => d.entra.groups![0]!.members!.push(member('carol@contoso.com', 'id-carol')),
  ],
};

describe('drift of a setting links every check whose result it moves', () => {
  const view = (d: SourceData) =>
    makeView({
      ...d,
      waves: [wave({ groupId: 'pilot', order: 1 })],
      settings: { emergencyAccessAccounts: ['breakglass@contoso.com'] },
    });
  const results = (d: SourceData) =>
    new Map(
      CHECKS.map((c) => {
        const r = evaluateCheck(c, view(d));
        return [c.id, JSON.stringify([r.status, r.summary, r.evidence])];
      }),
    );

  it.each(Object.entries(mutations))('%s', (_name, [source, mutate]) => {
    const before = base();
    const after = base();
    mutate(after);
    const changes = diffSource(source, before[source], after[source], { waveGroupIds: ['pilot'] });
    expect(changes.length).toBeGreaterThan(0);
    const linked = new Set(changes.flatMap((c) => c.checkIds));
    const r0 = results(before);
    const r1 = results(after);
    const moved = CHECKS.map((c) => c.id).filter((id) => r0.get(id) !== r1.get(id));
    expect(moved.length, 'the mutation moves some check').toBeGreaterThan(0);
    expect(
      moved.filter((id) => !linked.has(id)),
      'checks that moved without a link',
    ).toEqual([]);
  });
});
