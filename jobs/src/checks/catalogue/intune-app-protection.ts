import type {
  CheckDefinition,
  EntraData,
  ManagedAppProtection,
  RolloutWaveView,
  TenantView,
} from '../types.js';
import { GroupDirectory, isPerson, type Person, personKey } from './people.js';
import { CannotVerify, cap, entraData, lower, requireList } from './shared.js';
import { checkMessages, type Message } from './messages.js';

const intune = checkMessages('INTUNE.APP_PROTECTION_OUTLOOK', {
  not_read:
    'Intune app protection policies were not read (grant the connector DeviceManagementApps.Read.All, or send iosManagedAppProtections and androidManagedAppProtections in the Entra snapshot); nothing is claimed about them.',
  fail: 'Outlook is not protected by Intune app protection: %{why:join:; }.',
  why_none: 'no %{platform} app protection policy exists',
  why_no_outlook: 'no %{platform} policy includes Outlook (%{appId}): %{policies:quoted}',
  why_unassigned:
    'the %{platform} %{count:choose:policy:policies} that include Outlook (%{policies:quoted}) %{count:choose:is:are} assigned to nobody',
  pass: 'App protection policies that include Outlook are assigned on iOS and Android (%{how:join:; }).',
  how_all_users: '%{platform}: all users',
  how_waves: '%{platform}: every rollout wave (%{waves:plural:wave:waves})',
  warn: 'Outlook app protection is narrowed: %{parts:join:. }.',
  part: '%{platform} %{bits:join:; }',
  assigned_only: 'assigned only to %{groups:quoted}',
  excludes: 'excludes %{groups:quoted}',
  waves_left_out: 'waves left out: %{waves:join:, }',
  wave_left_out: '"%{wave}" (%{leftOut} of %{members})',
  users_left_out: '%{count:plural:user:users} left out (%{users})',
  users_left_out_more: '%{count:plural:user:users} left out (%{users} and %{more} more)',
  nobody_left_out:
    'nobody is left out today, but users who join later are not covered and there are no rollout waves to compare the groups with',
});

/**
 * Outlook's app identifiers in Intune app protection policies (docs/domain.md 7.8): iOS bundle id
 * `com.microsoft.Office.Outlook`, Android package `com.microsoft.office.outlook`. Intune and
 * Microsoft's own Graph samples spell the iOS one in both cases, so they are compared
 * case-insensitively. "Protected Microsoft apps"
 * (https://learn.microsoft.com/en-us/intune/intune-service/apps/apps-supported-intune-apps).
 */
export const OUTLOOK_APP_IDS = {
  ios: 'com.microsoft.Office.Outlook',
  android: 'com.microsoft.office.outlook',
} as const;

type Platform = keyof typeof OUTLOOK_APP_IDS;
const PLATFORMS: readonly Platform[] = ['ios', 'android'];
const PLATFORM_NAME: Record<Platform, string> = { ios: 'iOS', android: 'Android' };
const LIST_KEY = {
  ios: 'iosManagedAppProtections',
  android: 'androidManagedAppProtections',
} as const satisfies Record<Platform, keyof EntraData>;

/**
 * Assignment targets ("targetedManagedAppPolicyAssignment resource type",
 * https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-targetedmanagedapppolicyassignment;
 * deviceAndAppManagementAssignmentTarget subtypes). An exclusion wins over an inclusion of the
 * same policy ("Exclude groups from a policy assignment",
 * https://learn.microsoft.com/en-us/intune/intune-service/apps/apps-inc-exl-assignments).
 */
const ALL_USERS = '#microsoft.graph.alllicensedusersassignmenttarget';
const GROUP = '#microsoft.graph.groupassignmenttarget';
const EXCLUDE = '#microsoft.graph.exclusiongroupassignmenttarget';

interface Assignment {
  allUsers: boolean;
  includeGroups: string[];
  excludeGroups: string[];
  /** Targets that reach no user here (e.g. allDevicesAssignmentTarget), by @odata.type. */
  otherTargets: string[];
}

function policyName(p: ManagedAppProtection): string {
  return p.displayName ?? p.id;
}

function includesOutlook(p: ManagedAppProtection, platform: Platform): boolean {
  if (p.apps === undefined) {
    throw new CannotVerify(
      `app protection policy "${policyName(p)}" has no apps (read it with $expand=apps,assignments)`,
    );
  }
  const want = lower(OUTLOOK_APP_IDS[platform]);
  return p.apps.some((a) => {
    const ident = a.mobileAppIdentifier;
    const value = platform === 'ios' ? ident?.bundleId : ident?.packageId;
    return typeof value === 'string' && lower(value) === want;
  });
}

function assignmentOf(p: ManagedAppProtection): Assignment {
  if (p.assignments === undefined) {
    throw new CannotVerify(
      `app protection policy "${policyName(p)}" has no assignments (read it with $expand=apps,assignments)`,
    );
  }
  const out: Assignment = {
    allUsers: false,
    includeGroups: [],
    excludeGroups: [],
    otherTargets: [],
  };
  for (const a of p.assignments) {
    const type = lower(a.target?.['@odata.type'] ?? '');
    const groupId = a.target?.groupId;
    if (type === ALL_USERS) out.allUsers = true;
    else if ((type === GROUP || type === EXCLUDE) && typeof groupId === 'string' && groupId !== '')
      (type === GROUP ? out.includeGroups : out.excludeGroups).push(groupId);
    else if (type === GROUP || type === EXCLUDE)
      throw new CannotVerify(`an assignment of "${policyName(p)}" names no groupId`);
    else out.otherTargets.push(a.target?.['@odata.type'] ?? '(no target)');
  }
  return out;
}

/** People of a group (nested groups expanded, as the Conditional Access checks resolve them). */
class Memberships {
  private readonly cache = new Map<string, { ids: Set<string>; upns: Set<string> }>();
  constructor(private readonly groups: GroupDirectory) {}

  people(groupId: string): Person[] {
    if (!this.groups.has(groupId))
      throw new CannotVerify(
        `group ${groupId} is not in the Entra snapshot, so its members are unknown`,
      );
    return this.groups.members(groupId).people;
  }

  has(groupId: string, p: Person): boolean {
    const key = lower(groupId);
    let set = this.cache.get(key);
    if (!set) {
      const people = this.people(groupId);
      set = {
        ids: new Set(people.flatMap((m) => (m.id ? [m.id] : []))),
        upns: new Set(people.flatMap((m) => (m.upn ? [m.upn] : []))),
      };
      this.cache.set(key, set);
    }
    return (p.id !== null && set.ids.has(p.id)) || (p.upn !== null && set.upns.has(p.upn));
  }
}

interface PlatformJudgement {
  platform: Platform;
  policies: Array<
    { id: string; displayName: string; includesOutlook: boolean } & Partial<Assignment>
  >;
  /** Outlook policies with an including target. */
  assigned: number;
  /** An all-users Outlook policy whose exclusions leave out nobody but emergency-access accounts. */
  allUsers: boolean;
  /** Waves with members the platform's Outlook policies do not reach. */
  wavesLeftOut: Array<{ wave: string; groupId: string; members: number; leftOut: number }>;
  leftOut: Person[];
  excludedGroups: string[];
}

function groupName(entra: EntraData, id: string): string {
  const g = (entra.groups ?? []).find((x) => lower(x.id) === lower(id));
  return g?.displayName ?? id;
}

function judgePlatform(
  view: TenantView,
  platform: Platform,
  list: ManagedAppProtection[],
  memberships: Memberships,
  waves: ReadonlyArray<{ wave: RolloutWaveView; people: Person[] }>,
  everyone: () => Person[],
): PlatformJudgement {
  const entra = entraData(view);
  const emergency = view.settings.emergencyAccessAccounts;
  const isEmergency = (p: Person) => emergency.some((ref) => isPerson(p, ref));
  const rows = list.map((p) => {
    const outlook = includesOutlook(p, platform);
    return { p, outlook, assignment: outlook ? assignmentOf(p) : null };
  });
  const outlook = rows.flatMap((r) => (r.assignment ? [r.assignment] : []));
  const covers = (person: Person) =>
    outlook.some(
      (a) =>
        (a.allUsers || a.includeGroups.some((g) => memberships.has(g, person))) &&
        !a.excludeGroups.some((g) => memberships.has(g, person)),
    );
  const assigned = outlook.filter((a) => a.allUsers || a.includeGroups.length > 0).length;
  // All users: some all-users Outlook policy excludes nobody but emergency-access accounts.
  const allUsers = outlook.some(
    (a) =>
      a.allUsers &&
      a.excludeGroups.every((g) => memberships.people(g).every((person) => isEmergency(person))),
  );
  const wavesLeftOut = waves.flatMap(({ wave, people }) => {
    const left = people.filter((p) => !covers(p));
    return left.length === 0
      ? []
      : [{ wave: wave.name, groupId: wave.groupId, members: people.length, leftOut: left.length }];
  });
  let leftOut: Person[] = [];
  if (!allUsers && assigned > 0) {
    const population = waves.length > 0 ? waves.flatMap((w) => w.people) : everyone();
    const seen = new Set<string>();
    leftOut = population.filter((p) => {
      const key = personKey(p);
      if (seen.has(key) || isEmergency(p) || covers(p)) return false;
      seen.add(key);
      return true;
    });
  }
  return {
    platform,
    policies: rows.map((r) => ({
      id: r.p.id,
      displayName: policyName(r.p),
      includesOutlook: r.outlook,
      ...(r.assignment ?? {}),
    })),
    assigned,
    allUsers,
    wavesLeftOut,
    leftOut,
    excludedGroups: [...new Set(outlook.flatMap((a) => a.excludeGroups))].map((g) =>
      groupName(entra, g),
    ),
  };
}

/** "N users left out (a, b … and M more)", at most `n` named. */
function leftOutMessage(people: readonly Person[], n = 5): Message {
  const users = people.slice(0, n).map(personKey);
  return people.length > n
    ? intune.part('users_left_out_more', {
        count: people.length,
        users,
        more: people.length - n,
      })
    : intune.part('users_left_out', { count: people.length, users });
}

export const intuneAppProtectionOutlook: CheckDefinition = {
  id: 'INTUNE.APP_PROTECTION_OUTLOOK',
  title: 'Intune app protection policies protect Outlook on iOS and Android for every user',
  severity: 'MEDIUM',
  metricUnit: 'COUNT',
  sources: ['entra'],
  description:
    'Reads the Intune app protection policies pulled with the Entra source (GET /deviceAppManagement/iosManagedAppProtections and androidManagedAppProtections with $expand=apps,assignments): the managed apps of each policy (Outlook is com.microsoft.Office.Outlook on iOS and com.microsoft.office.outlook on Android, compared case-insensitively) and its assignments (all licensed users, included groups, excluded groups; groups resolved with their nested groups, as the Conditional Access checks do; an exclusion wins over an inclusion). Passes when, on both platforms, policies that include Outlook are assigned to all users (excluding nobody but the emergency-access accounts) or reach every member of every rollout wave. WARN when they are narrowed, naming the excluded groups, the waves and the users left out; FAIL when a platform has no assigned policy that includes Outlook; not applicable when the policies were not read.',
  outcomes: {
    PASS: 'On iOS and on Android, an app protection policy that includes Outlook is assigned to all users (only emergency-access accounts excluded), or the Outlook policies reach every member of every rollout wave.',
    WARN: 'Both platforms have an assigned Outlook policy, but on one of them it is narrowed: assigned to some groups only, or excluding groups beyond the emergency-access accounts; the excluded groups, the waves and the users left out are named.',
    FAIL: 'On iOS or Android no app protection policy that includes Outlook is assigned to anyone (none exists, Outlook is not among its apps, or it has no assignment).',
    NOT_APPLICABLE:
      'The Entra snapshot carries neither iosManagedAppProtections nor androidManagedAppProtections: the policies were not read (the connector lacks DeviceManagementApps.Read.All, or the collector does not send them), so nothing is claimed.',
    ERROR:
      'Only one platform was read, a policy lacks its apps or assignments (not read with $expand), or an assigned or excluded group is not in the snapshot.',
  },
  rationale:
    'Seed article, workflow step 12: the Conditional Access policy requires an app protection policy, which Intune must then define for Outlook for iOS and Android and assign to the users ("App protection policies overview", https://learn.microsoft.com/en-us/intune/intune-service/apps/app-protection-policy; "Require approved client apps or app protection policy", https://learn.microsoft.com/en-us/entra/identity/conditional-access/howto-policy-approved-app-or-app-protection). A user outside every assigned policy cannot satisfy "Require app protection policy" and, where it is not required, gets no data protection. Graph shapes: "List iosManagedAppProtections" (https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list), "managedMobileApp resource type" (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-managedmobileapp), "targetedManagedAppPolicyAssignment resource type" (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-targetedmanagedapppolicyassignment).',
  remediation:
    'Microsoft Intune admin center > Apps > App protection policies > Create policy > iOS/iPadOS (then Android): Apps = Microsoft Outlook (with the other Microsoft apps your users need), data protection and access requirements as your standard, Assignments > Included groups = All users (or every rollout wave group), Excluded groups = none beyond the emergency-access accounts.',
  evaluate(view) {
    const entra = entraData(view);
    const lists = {
      ios: entra.iosManagedAppProtections,
      android: entra.androidManagedAppProtections,
    };
    if (lists.ios === undefined && lists.android === undefined) {
      return {
        status: 'NOT_APPLICABLE',
        metric: null,
        ...intune.say('not_read'),
        evidence: { read: false },
      };
    }
    const groups = new GroupDirectory(entra);
    const memberships = new Memberships(groups);
    const waves = view.waves.map((wave) => ({ wave, people: memberships.people(wave.groupId) }));
    let everyoneCache: Person[] | null = null;
    const everyone = () =>
      (everyoneCache ??= requireList(entra.users, 'the Entra user list')
        .filter((u) => u.accountEnabled !== false)
        .flatMap((u) => {
          const id = typeof u.id === 'string' && u.id !== '' ? lower(u.id) : null;
          const upn =
            typeof u.userPrincipalName === 'string' && u.userPrincipalName !== ''
              ? lower(u.userPrincipalName)
              : null;
          return id || upn ? [{ id, upn }] : [];
        }));
    const judged = PLATFORMS.map((platform) => {
      const list = lists[platform];
      if (list === undefined)
        throw new CannotVerify(
          `the Entra snapshot carries ${LIST_KEY[platform === 'ios' ? 'android' : 'ios']} but not ${LIST_KEY[platform]}`,
        );
      return judgePlatform(view, platform, list, memberships, waves, everyone);
    });
    const leftOutAll = new Map<string, Person>();
    for (const j of judged) for (const p of j.leftOut) leftOutAll.set(personKey(p), p);
    const evidence = {
      read: true,
      platforms: judged.map((j) => ({
        platform: j.platform,
        outlookAppId: OUTLOOK_APP_IDS[j.platform],
        policies: j.policies.map((p) => ({
          ...p,
          includeGroups: p.includeGroups?.map((g) => ({ id: g, name: groupName(entra, g) })),
          excludeGroups: p.excludeGroups?.map((g) => ({ id: g, name: groupName(entra, g) })),
        })),
        allUsers: j.allUsers,
        wavesLeftOut: j.wavesLeftOut,
        leftOut: cap(j.leftOut.map(personKey)),
      })),
      waves: waves.map((w) => ({
        name: w.wave.name,
        groupId: w.wave.groupId,
        members: w.people.length,
      })),
    };
    const unprotected = judged.filter((j) => j.assigned === 0);
    if (unprotected.length > 0) {
      const why = unprotected.map((j) => {
        const platform = PLATFORM_NAME[j.platform];
        if (j.policies.length === 0) return intune.part('why_none', { platform });
        const withOutlook = j.policies.filter((p) => p.includesOutlook);
        return withOutlook.length === 0
          ? intune.part('why_no_outlook', {
              platform,
              appId: OUTLOOK_APP_IDS[j.platform],
              policies: j.policies.map((p) => p.displayName),
            })
          : intune.part('why_unassigned', {
              platform,
              count: withOutlook.length,
              policies: withOutlook.map((p) => p.displayName),
            });
      });
      return {
        status: 'FAIL',
        metric: null,
        ...intune.say('fail', { why }),
        evidence,
      };
    }
    const protectedFully = judged.every(
      (j) => j.allUsers || (waves.length > 0 && j.wavesLeftOut.length === 0),
    );
    if (protectedFully) {
      const how = judged.map((j) =>
        j.allUsers
          ? intune.part('how_all_users', { platform: PLATFORM_NAME[j.platform] })
          : intune.part('how_waves', { platform: PLATFORM_NAME[j.platform], waves: waves.length }),
      );
      return {
        status: 'PASS',
        metric: 0,
        ...intune.say('pass', { how }),
        evidence,
      };
    }
    const parts = judged
      .filter((j) => !(j.allUsers || (waves.length > 0 && j.wavesLeftOut.length === 0)))
      .map((j) => {
        const bits: Message[] = [];
        const includes = [
          ...new Set(
            j.policies.flatMap((p) => (p.includeGroups ?? []).map((g) => groupName(entra, g))),
          ),
        ];
        if (!j.policies.some((p) => p.allUsers) && includes.length > 0)
          bits.push(intune.part('assigned_only', { groups: includes }));
        if (j.excludedGroups.length > 0)
          bits.push(intune.part('excludes', { groups: j.excludedGroups }));
        if (j.wavesLeftOut.length > 0)
          bits.push(
            intune.part('waves_left_out', {
              waves: j.wavesLeftOut.map((w) =>
                intune.part('wave_left_out', {
                  wave: w.wave,
                  leftOut: w.leftOut,
                  members: w.members,
                }),
              ),
            }),
          );
        if (j.leftOut.length > 0) bits.push(leftOutMessage(j.leftOut));
        else bits.push(intune.part('nobody_left_out'));
        return intune.part('part', { platform: PLATFORM_NAME[j.platform], bits });
      });
    return {
      status: 'WARN',
      metric: leftOutAll.size,
      ...intune.say('warn', { parts }),
      evidence,
      failingItems: [...leftOutAll.keys()],
    };
  },
};

/** One app protection policy of a snapshot, as the dashboard shows it (Snapshot.appProtectionPolicies). */
export interface AppProtectionRow {
  platform: 'IOS' | 'ANDROID';
  id: string;
  displayName: string;
  /** null when the policy was read without $expand=apps. */
  includesOutlook: boolean | null;
  apps: string[];
  allUsers: boolean;
  includeGroups: Array<{ id: string; name: string }>;
  excludeGroups: Array<{ id: string; name: string }>;
  /** Targets that reach no user (allDevicesAssignmentTarget and the like), by @odata.type. */
  otherTargets: string[];
}

/**
 * The app protection policies of an Entra snapshot, read with the check's own rules (Outlook's
 * ids, assignment target types), or null when the snapshot carries neither list.
 */
export function appProtectionRows(entra: EntraData): AppProtectionRow[] | null {
  if (
    entra.iosManagedAppProtections === undefined &&
    entra.androidManagedAppProtections === undefined
  )
    return null;
  return PLATFORMS.flatMap((platform) =>
    (entra[LIST_KEY[platform]] ?? []).map((p): AppProtectionRow => {
      let assignment: Assignment | null = null;
      try {
        assignment = assignmentOf(p);
      } catch {
        assignment = null;
      }
      const named = (ids: string[]) => ids.map((id) => ({ id, name: groupName(entra, id) }));
      return {
        platform: platform === 'ios' ? 'IOS' : 'ANDROID',
        id: p.id,
        displayName: policyName(p),
        includesOutlook: p.apps === undefined ? null : includesOutlook(p, platform),
        apps: (p.apps ?? []).flatMap((a) => {
          const v = a.mobileAppIdentifier?.bundleId ?? a.mobileAppIdentifier?.packageId;
          return typeof v === 'string' ? [v] : [];
        }),
        allUsers: assignment?.allUsers ?? false,
        includeGroups: named(assignment?.includeGroups ?? []),
        excludeGroups: named(assignment?.excludeGroups ?? []),
        otherTargets: assignment?.otherTargets ?? [],
      };
    }),
  );
}
