import type {
  ConditionalAccessPolicy,
  DeviceAccessRule,
  EntraGroup,
  ExchangeUser,
  ExoAuthenticationPolicy,
  GroupMember,
  ManagedAppProtection,
  MobileDevice,
  RolloutWaveView,
  WaiverView,
} from '../types.js';
import { NOW } from './view-factory.js';

export const DAY = 86_400_000;

export const blockingExoPolicy = (name = 'Block Basic Auth'): ExoAuthenticationPolicy => ({
  Name: name,
  Identity: name,
  Guid: `guid-${name.toLowerCase().replace(/\W+/g, '-')}`,
  AllowBasicAuthActiveSync: false,
  AllowBasicAuthAutodiscover: false,
  AllowBasicAuthOutlookService: false,
});

export const allowingExoPolicy = (name = 'Allow Basic Auth'): ExoAuthenticationPolicy => ({
  ...blockingExoPolicy(name),
  AllowBasicAuthActiveSync: true,
});

export function exoUser(
  upn: string,
  opts: { id?: string | null; policy?: string | null; type?: string } = {},
): ExchangeUser {
  return {
    UserPrincipalName: upn,
    ExternalDirectoryObjectId: opts.id === undefined ? `id-${upn.split('@')[0]}` : opts.id,
    AuthenticationPolicy: opts.policy ?? null,
    RecipientTypeDetails: opts.type ?? 'UserMailbox',
  };
}

/** A group member for the user that exoUser(upn) builds (same object id). */
export function member(upn: string, id: string | null = `id-${upn.split('@')[0]}`): GroupMember {
  return { '@odata.type': '#microsoft.graph.user', id: id ?? undefined, userPrincipalName: upn };
}

export function nested(groupId: string): GroupMember {
  return { '@odata.type': '#microsoft.graph.group', id: groupId };
}

export function group(id: string, members: GroupMember[], displayName = id): EntraGroup {
  return { id, displayName, members };
}

export function wave(parts: Partial<RolloutWaveView> & { groupId: string }): RolloutWaveView {
  return { id: `wave-${parts.groupId}`, name: parts.groupId, order: 1, plannedAt: null, ...parts };
}

export function tenantWaiver(checkId: string): WaiverView {
  return {
    id: 'w-tenant',
    checkId,
    scope: 'TENANT',
    items: [],
    reason: 'accepted risk',
    author: 'sec@contoso.com',
    expiresAt: new Date(NOW.getTime() + DAY),
  };
}

export function itemWaiver(checkId: string, items: string[]): WaiverView {
  return {
    id: 'w-items',
    checkId,
    scope: 'ITEMS',
    items,
    reason: 'replacing devices next month',
    author: 'sec@contoso.com',
    expiresAt: new Date(NOW.getTime() + DAY),
  };
}

type CaParts = {
  id?: string;
  displayName?: string;
  state?: ConditionalAccessPolicy['state'];
  includeUsers?: string[];
  excludeUsers?: string[];
  includeGroups?: string[];
  excludeGroups?: string[];
  excludeRoles?: string[];
  includeApplications?: string[];
  excludeApplications?: string[];
  clientAppTypes?: string[];
  platforms?: { includePlatforms?: string[]; excludePlatforms?: string[] } | null;
  builtInControls?: string[];
  operator?: string;
  authenticationStrength?: {
    id?: string;
    displayName?: string;
    allowedCombinations?: string[];
  } | null;
  includeGuestsOrExternalUsers?: { guestOrExternalUserTypes: string } | null;
  excludeGuestsOrExternalUsers?: { guestOrExternalUserTypes: string } | null;
  signInRiskLevels?: string[];
  userRiskLevels?: string[];
  locations?: { includeLocations: string[]; excludeLocations: string[] } | null;
  deviceFilter?: { mode: string; rule: string } | null;
  clientApplications?: { includeServicePrincipals: string[]; excludeServicePrincipals: string[] };
  authenticationFlows?: { transferMethods: string } | null;
};

/** A Graph-shaped Conditional Access policy with every list present. */
export function caPolicy(p: CaParts = {}): ConditionalAccessPolicy {
  const id = p.id ?? `ca-${p.displayName ?? 'policy'}`;
  return {
    id,
    displayName: p.displayName ?? id,
    state: p.state ?? 'enabled',
    conditions: {
      users: {
        includeUsers: p.includeUsers ?? ['All'],
        excludeUsers: p.excludeUsers ?? [],
        includeGroups: p.includeGroups ?? [],
        excludeGroups: p.excludeGroups ?? [],
        includeRoles: [],
        excludeRoles: p.excludeRoles ?? [],
        includeGuestsOrExternalUsers: p.includeGuestsOrExternalUsers ?? null,
        excludeGuestsOrExternalUsers: p.excludeGuestsOrExternalUsers ?? null,
      },
      applications: {
        includeApplications: p.includeApplications ?? ['All'],
        excludeApplications: p.excludeApplications ?? [],
      },
      clientAppTypes: p.clientAppTypes ?? ['all'],
      platforms: p.platforms === undefined ? null : p.platforms,
      locations: p.locations ?? null,
      signInRiskLevels: p.signInRiskLevels ?? [],
      userRiskLevels: p.userRiskLevels ?? [],
      servicePrincipalRiskLevels: [],
      devices: p.deviceFilter ? { deviceFilter: p.deviceFilter } : null,
      clientApplications: p.clientApplications ?? null,
      authenticationFlows: p.authenticationFlows ?? null,
    },
    grantControls: {
      operator: p.operator ?? 'OR',
      builtInControls: p.builtInControls ?? [],
      customAuthenticationFactors: [],
      authenticationStrength: p.authenticationStrength ?? null,
    },
  };
}

export function rule(
  Characteristic: NonNullable<DeviceAccessRule['Characteristic']>,
  QueryString: string,
  AccessLevel: NonNullable<DeviceAccessRule['AccessLevel']>,
): DeviceAccessRule {
  return { Name: `${QueryString} (${Characteristic})`, Characteristic, QueryString, AccessLevel };
}

export function device(parts: Partial<MobileDevice> = {}): MobileDevice {
  return {
    DeviceId: 'DEV1',
    UserDisplayName: 'Alice',
    DeviceType: 'iPhone',
    DeviceModel: 'iPhone15,2',
    DeviceUserAgent: 'Apple-iPhone15C2/2101.52',
    ClientType: 'EAS',
    DeviceAccessState: 'Allowed',
    DeviceAccessStateReason: 'Global',
    DeviceActiveSyncVersion: '16.1',
    FirstSyncTime: new Date(NOW.getTime() - 90 * DAY).toISOString(),
    LastSuccessSync: new Date(NOW.getTime() - DAY).toISOString(),
    ...parts,
  };
}

/**
 * An Intune app protection policy as Graph returns it with $expand=apps,assignments. `targets`:
 * 'all' (allLicensedUsersAssignmentTarget), a group id, or '-<group id>' (an exclusion).
 */
export function appProtectionPolicy(
  platform: 'ios' | 'android',
  opts: { id?: string; name?: string; outlook?: boolean; targets?: string[] } = {},
): ManagedAppProtection {
  const outlook =
    platform === 'ios' ? 'com.microsoft.Office.Outlook' : 'com.microsoft.office.outlook';
  const apps = [...(opts.outlook === false ? [] : [outlook]), 'com.microsoft.teams'];
  return {
    '@odata.type': `#microsoft.graph.${platform}ManagedAppProtection`,
    id: opts.id ?? `T_${platform}`,
    displayName: opts.name ?? `${platform} policy`,
    apps: apps.map((a) => ({
      id: `${a}.${platform}`,
      mobileAppIdentifier:
        platform === 'ios'
          ? { '@odata.type': '#microsoft.graph.iosMobileAppIdentifier', bundleId: a }
          : { '@odata.type': '#microsoft.graph.androidMobileAppIdentifier', packageId: a },
    })),
    assignments: (opts.targets ?? ['all']).map((t, i) => ({
      id: `a${i}`,
      target:
        t === 'all'
          ? { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' }
          : t.startsWith('-')
            ? {
                '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget',
                groupId: t.slice(1),
              }
            : { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: t },
    })),
  };
}
