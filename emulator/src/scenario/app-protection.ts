import { isoWith7 } from './format.js';
import { stableGuid } from './prng.js';
import type { ScenarioTenant } from './tenant.js';
import type { DayState } from './timeline.js';

/**
 * Intune app protection policies (docs/domain.md 7.8), as Graph returns them:
 * "List iosManagedAppProtections" (https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list),
 * "List androidManagedAppProtections" (https://learn.microsoft.com/en-us/graph/api/intune-mam-androidmanagedappprotection-list).
 * `apps` are managedMobileApp objects
 * (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-managedmobileapp) and
 * `assignments` targetedManagedAppPolicyAssignment objects
 * (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-targetedmanagedapppolicyassignment);
 * both are navigation properties, present only with `$expand`.
 */
export type MamPlatform = 'ios' | 'android';

export interface ManagedAppProtection {
  '@odata.type': string;
  id: string;
  displayName: string;
  description: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  version: string;
  isAssigned: boolean;
  deployedAppCount: number;
  pinRequired: boolean;
  minimumPinLength: number;
  dataBackupBlocked: boolean;
  saveAsBlocked: boolean;
  allowedOutboundDataTransferDestinations: string;
  periodOfflineBeforeWipeIsEnforced: string;
  apps: Array<{
    id: string;
    version: string;
    mobileAppIdentifier: Record<string, string>;
  }>;
  assignments: Array<{ id: string; target: Record<string, string> }>;
}

/** Outlook first; the rest are the Microsoft apps such a policy usually holds. */
const APPS: Record<MamPlatform, readonly string[]> = {
  ios: [
    'com.microsoft.Office.Outlook',
    'com.microsoft.skype.teams',
    'com.microsoft.Office.Word',
    'com.microsoft.Office.Excel',
    'com.microsoft.officemobile',
  ],
  android: [
    'com.microsoft.office.outlook',
    'com.microsoft.teams',
    'com.microsoft.office.word',
    'com.microsoft.office.excel',
    'com.microsoft.office.officehubrow',
  ],
};

const CREATED = '2024-05-12T03:21:44.1253318Z';
const MODIFIED = '2024-06-05T01:02:13.5541021Z';

/**
 * The tenant's app protection policies for one platform on a given day: one per platform,
 * Outlook and four more Microsoft apps, assigned to all users with the emergency-access group
 * excluded. Regressions: `appProtectionNarrowed` assigns the Android policy to the pilot group
 * only; `appProtectionOutlookRemoved` takes Outlook out of the iOS policy.
 */
export function managedAppProtections(
  tenant: ScenarioTenant,
  state: DayState,
  platform: MamPlatform,
): ManagedAppProtection[] {
  const id = (key: string) => stableGuid(tenant.seed, 'mam', platform, key);
  const narrowedSince =
    platform === 'android' ? state.regressions.get('appProtectionNarrowed') : undefined;
  const outlookRemovedSince =
    platform === 'ios' ? state.regressions.get('appProtectionOutlookRemoved') : undefined;
  const changed = [narrowedSince, outlookRemovedSince].filter((d) => d !== undefined);
  const modified =
    changed.length > 0 ? isoWith7(tenant.timeline.realTimeOfDay(Math.max(...changed))) : MODIFIED;
  const bundles = APPS[platform].filter((_, i) => i > 0 || outlookRemovedSince === undefined);
  const identifier = (appId: string): Record<string, string> =>
    platform === 'ios'
      ? { '@odata.type': '#microsoft.graph.iosMobileAppIdentifier', bundleId: appId }
      : { '@odata.type': '#microsoft.graph.androidMobileAppIdentifier', packageId: appId };
  const policyId = `T_${id('outlook-policy')}`;
  const target = (type: string, groupId?: string): Record<string, string> => ({
    '@odata.type': `#microsoft.graph.${type}`,
    ...(groupId === undefined ? {} : { groupId }),
  });
  const assignments =
    narrowedSince === undefined
      ? [
          { id: `${policyId}_all`, target: target('allLicensedUsersAssignmentTarget') },
          {
            id: `${policyId}_${tenant.group('breakGlass').id}_exclude`,
            target: target('exclusionGroupAssignmentTarget', tenant.group('breakGlass').id),
          },
        ]
      : [
          {
            id: `${policyId}_${tenant.group('pilot').id}`,
            target: target('groupAssignmentTarget', tenant.group('pilot').id),
          },
        ];
  const name = platform === 'ios' ? 'iOS' : 'Android';
  return [
    {
      '@odata.type': `#microsoft.graph.${platform}ManagedAppProtection`,
      id: policyId,
      displayName: `${name} app protection: Outlook and Office`,
      description: 'PIN, encryption and no backup for Outlook and the Office apps',
      createdDateTime: CREATED,
      lastModifiedDateTime: modified,
      version: `"${changed.length + 1}"`,
      isAssigned: true,
      deployedAppCount: bundles.length,
      pinRequired: true,
      minimumPinLength: 6,
      dataBackupBlocked: true,
      saveAsBlocked: true,
      allowedOutboundDataTransferDestinations: 'managedApps',
      periodOfflineBeforeWipeIsEnforced: 'P90D',
      apps: bundles.map((b) => ({
        id: `${b}.${platform}`,
        version: '-1',
        mobileAppIdentifier: identifier(b),
      })),
      assignments,
    },
  ];
}
