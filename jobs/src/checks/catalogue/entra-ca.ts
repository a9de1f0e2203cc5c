import type { CheckDefinition, ConditionalAccessPolicy, EntraUser, TenantView } from '../types.js';
import { GroupDirectory, isPerson, type Person, personKey, pilotWave } from './people.js';
import {
  CannotVerify,
  cap,
  entraData,
  lower,
  pct,
  plural,
  requireKey,
  requireList,
} from './shared.js';

export const EXO_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

type CaState = 'enabled' | 'enabledForReportingButNotEnforced' | 'disabled';

/** The parts of a Conditional Access policy the checks judge, read strictly (a missing list is an ERROR). */
interface CaFacts {
  id: string;
  displayName: string;
  state: CaState;
  includeUsers: string[];
  excludeUsers: string[];
  includeGroups: string[];
  excludeGroups: string[];
  includeRoles: string[];
  excludeRoles: string[];
  includeApplications: string[];
  excludeApplications: string[];
  clientAppTypes: string[];
  builtInControls: string[];
  operator: string;
  authenticationStrength: unknown;
  raw: ConditionalAccessPolicy;
}

function list(
  obj: Record<string, unknown> | null | undefined,
  key: string,
  what: string,
): string[] {
  if (obj === null || obj === undefined) throw new CannotVerify(`${what} is missing`);
  const value = obj[key];
  if (!Array.isArray(value)) {
    throw new CannotVerify(
      `${what} has no ${key} list (Graph always returns it: is the collector broken?)`,
    );
  }
  return value.map(String);
}

function readState(p: ConditionalAccessPolicy): CaState {
  const name = p.displayName ?? p.id ?? '(unnamed)';
  const state = requireKey(p, 'state', `Conditional Access policy "${name}"`);
  if (state === 'enabled' || state === 'enabledForReportingButNotEnforced' || state === 'disabled')
    return state;
  throw new CannotVerify(
    `Conditional Access policy "${name}" has an unknown state ${JSON.stringify(state)}`,
  );
}

function readPolicy(p: ConditionalAccessPolicy): CaFacts {
  const name = p.displayName ?? p.id ?? '(unnamed)';
  const what = `Conditional Access policy "${name}"`;
  const state = readState(p);
  const conditions = requireKey(p, 'conditions', what);
  if (!conditions) throw new CannotVerify(`${what} has no conditions`);
  const users = conditions.users;
  const apps = conditions.applications;
  const grant = requireKey(p, 'grantControls', what);
  return {
    id: p.id ?? name,
    displayName: name,
    state,
    includeUsers: list(users, 'includeUsers', `${what} conditions.users`),
    excludeUsers: list(users, 'excludeUsers', `${what} conditions.users`),
    includeGroups: list(users, 'includeGroups', `${what} conditions.users`),
    excludeGroups: list(users, 'excludeGroups', `${what} conditions.users`),
    includeRoles: list(users, 'includeRoles', `${what} conditions.users`),
    excludeRoles: list(users, 'excludeRoles', `${what} conditions.users`),
    includeApplications: list(apps, 'includeApplications', `${what} conditions.applications`),
    excludeApplications: list(apps, 'excludeApplications', `${what} conditions.applications`),
    clientAppTypes: list(conditions, 'clientAppTypes', `${what} conditions`),
    // null grantControls is real (a session-only policy): no grant at all.
    builtInControls: grant === null ? [] : list(grant, 'builtInControls', `${what} grantControls`),
    operator: grant?.operator ?? 'OR',
    authenticationStrength: grant?.authenticationStrength ?? null,
    raw: p,
  };
}

/** Enabled and report-only policies, read strictly; disabled ones are left alone. */
function activePolicies(view: TenantView): CaFacts[] {
  const policies = requireList(
    entraData(view).conditionalAccessPolicies,
    'the Conditional Access policy list',
  );
  return policies.filter((p) => readState(p) !== 'disabled').map(readPolicy);
}

const has = (values: readonly string[], want: string) =>
  values.some((v) => lower(v) === lower(want));

function targetsAllUsers(p: CaFacts): boolean {
  return has(p.includeUsers, 'All');
}

/** All cloud apps, Office 365 or Exchange Online, without Exchange excluded again. */
function coversExchange(p: CaFacts): boolean {
  const included =
    has(p.includeApplications, 'All') ||
    has(p.includeApplications, 'Office365') ||
    has(p.includeApplications, EXO_APP_ID);
  const excluded =
    has(p.excludeApplications, 'Office365') || has(p.excludeApplications, EXO_APP_ID);
  return included && !excluded;
}

function clientTypes(p: CaFacts): Set<string> {
  return new Set(p.clientAppTypes.map(lower));
}

function exclusions(p: CaFacts) {
  return {
    excludeUsers: p.excludeUsers,
    excludeGroups: p.excludeGroups,
    excludeRoles: p.excludeRoles,
    excludeGuestsOrExternalUsers: p.raw.conditions?.users?.excludeGuestsOrExternalUsers ?? null,
  };
}

function policyRow(p: CaFacts) {
  return {
    id: p.id,
    displayName: p.displayName,
    state: p.state,
    includeUsers: p.includeUsers,
    includeGroups: p.includeGroups,
    includeApplications: p.includeApplications,
    clientAppTypes: p.clientAppTypes,
    builtInControls: p.builtInControls,
    operator: p.operator,
    exclusions: exclusions(p),
  };
}

// ---------------------------------------------------------------------------------------------

const LEGACY_TYPES = ['exchangeActiveSync', 'other'] as const;

function legacyTypesBlocked(p: CaFacts): string[] {
  const types = clientTypes(p);
  return types.has('all') ? [...LEGACY_TYPES] : LEGACY_TYPES.filter((t) => types.has(lower(t)));
}

export const entraCaBlockLegacyAuth: CheckDefinition = {
  id: 'ENTRA.CA.BLOCK_LEGACY_AUTH',
  title: 'Conditional Access blocks legacy authentication (Exchange ActiveSync and other clients)',
  severity: 'CRITICAL',
  sources: ['entra'],
  description:
    'Enabled Conditional Access policies with grant "block" that each target all users (exclusions allowed and listed) and all cloud apps or Office 365 / Exchange Online together cover both client app types exchangeActiveSync and other. WARN if the cover is reached only by counting report-only (enabledForReportingButNotEnforced) policies.',
  outcomes: {
    PASS: 'Enabled Conditional Access policies with grant block, each for all users (exclusions listed in the evidence) and all cloud apps or Office 365 / Exchange Online, together cover both client app types exchangeActiveSync and other.',
    WARN: 'Both client app types are covered only when report-only (enabledForReportingButNotEnforced) policies are counted.',
    FAIL: 'No such cover: the missing client app types are named.',
    ERROR:
      'The Conditional Access policy list is missing, or a policy lacks its state, conditions, grant controls or one of their lists, or has an unknown state.',
  },
  rationale:
    'Seed article, deployment step 2: block all other legacy-authentication attempts at the Microsoft Entra ID level, so that only modern clients that pass Conditional Access (MFA, app protection) reach Exchange.',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Block legacy authentication": Users = All users (exclude only the emergency-access accounts), Target resources = All resources, Conditions > Client apps = Exchange ActiveSync clients and Other clients, Grant = Block access, Enable policy = On.',
  evaluate(view) {
    const candidates = activePolicies(view).filter(
      (p) =>
        has(p.builtInControls, 'block') &&
        targetsAllUsers(p) &&
        coversExchange(p) &&
        legacyTypesBlocked(p).length > 0,
    );
    const coveredBy = (states: CaState[]) =>
      new Set(candidates.filter((p) => states.includes(p.state)).flatMap(legacyTypesBlocked));
    const enforced = coveredBy(['enabled']);
    const withReportOnly = coveredBy(['enabled', 'enabledForReportingButNotEnforced']);
    const missing = LEGACY_TYPES.filter((t) => !enforced.has(t));
    const evidence = {
      blockingPolicies: candidates.map((p) => ({ ...policyRow(p), blocks: legacyTypesBlocked(p) })),
      enforcedCover: [...enforced],
      missingClientAppTypes: missing,
      exclusions: candidates.map((p) => ({ policy: p.displayName, ...exclusions(p) })),
    };
    if (missing.length === 0) {
      const excluded = candidates
        .filter((p) => p.state === 'enabled')
        .reduce(
          (n, p) => n + p.excludeUsers.length + p.excludeGroups.length + p.excludeRoles.length,
          0,
        );
      return {
        status: 'PASS',
        metric: null,
        summary: `Enabled policies block both exchangeActiveSync and other clients for all users${excluded > 0 ? ` (${plural(excluded, 'exclusion')} listed in evidence)` : ''}.`,
        evidence,
      };
    }
    if (LEGACY_TYPES.every((t) => withReportOnly.has(t))) {
      return {
        status: 'WARN',
        metric: null,
        summary: `Legacy authentication is blocked for ${missing.join(' and ')} only by report-only policies, which do not enforce anything.`,
        evidence,
      };
    }
    return {
      status: 'FAIL',
      metric: null,
      summary: `No enabled Conditional Access policy blocks legacy authentication for ${missing.join(' and ')} across all users and Exchange Online.`,
      evidence,
    };
  },
};

// ---------------------------------------------------------------------------------------------

/** Whether the policy's grant strictly requires MFA (an OR with a non-MFA alternative does not). */
function requiresMfa(p: CaFacts): boolean {
  const mfa = has(p.builtInControls, 'mfa') || p.authenticationStrength !== null;
  if (!mfa) return false;
  const alternatives = p.builtInControls.length + (p.authenticationStrength !== null ? 1 : 0);
  return lower(p.operator) !== 'or' || alternatives === 1;
}

/** Whether a policy's user condition reaches this person (roles are not resolved: they do not count). */
function targetsPerson(
  p: CaFacts,
  person: Person,
  groups: GroupDirectory,
  cache: Map<string, Person[]>,
): boolean {
  const inGroups = (ids: string[]) =>
    ids.some((gid) => {
      let members = cache.get(lower(gid));
      if (!members) {
        members = groups.members(gid).people;
        cache.set(lower(gid), members);
      }
      return members.some((m) => (m.id && m.id === person.id) || (m.upn && m.upn === person.upn));
    });
  const included =
    targetsAllUsers(p) ||
    p.includeUsers.some((u) => isPerson(person, u)) ||
    inGroups(p.includeGroups);
  if (!included) return false;
  return !(p.excludeUsers.some((u) => isPerson(person, u)) || inGroups(p.excludeGroups));
}

export const entraCaMfaExchange: CheckDefinition = {
  id: 'ENTRA.CA.MFA_EXCHANGE',
  title: 'Conditional Access requires MFA for Exchange Online from mobile apps and desktop clients',
  severity: 'CRITICAL',
  sources: ['entra'],
  description:
    'An enabled Conditional Access policy requires MFA (or an authentication strength) for Office 365 / Exchange Online, for mobileAppsAndDesktopClients (or all client apps), for all users or at least every member of the pilot wave. WARN if it is report-only or covers only part of the pilot; FAIL if there is none. A grant that lets an OR alternative stand in for MFA does not count.',
  outcomes: {
    PASS: 'An enabled policy requires MFA (or an authentication strength, with no OR alternative standing in for it) for Office 365 / Exchange Online and mobile apps and desktop clients (or all client apps), for all users or for every member of the pilot wave.',
    WARN: 'Such a policy is only report-only, or enabled ones reach only part of the pilot (the users left out are listed), or they reach only some users and there is no pilot wave to measure against.',
    FAIL: 'No policy requires MFA for Exchange Online from mobile apps and desktop clients.',
    ERROR:
      "The Conditional Access policy list is missing or a policy is unreadable, or the pilot wave's group is not in the Entra snapshot.",
  },
  rationale:
    'Seed article, Exchange Online and on-premises workflows: Entra ID applies Conditional Access and the user completes multifactor authentication before Outlook mobile receives its access and refresh tokens — MFA for mobile access is the purpose of the whole architecture.',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access > New policy: Users = All users (or the pilot group first; exclude the emergency-access accounts), Target resources = Office 365 Exchange Online (or Office 365), Conditions > Client apps = Mobile apps and desktop clients, Grant = Require multifactor authentication (or an authentication strength), Enable policy = On.',
  evaluate(view) {
    const active = activePolicies(view);
    const qualifying = active.filter((p) => {
      const types = clientTypes(p);
      return (
        requiresMfa(p) &&
        coversExchange(p) &&
        (types.has('all') || types.has('mobileappsanddesktopclients'))
      );
    });
    const enabled = qualifying.filter((p) => p.state === 'enabled');
    const reportOnly = qualifying.filter((p) => p.state !== 'enabled');
    const optional = active
      .filter(
        (p) =>
          !requiresMfa(p) && (has(p.builtInControls, 'mfa') || p.authenticationStrength !== null),
      )
      .map((p) => p.displayName);
    const evidence: Record<string, unknown> = {
      enabledPolicies: enabled.map(policyRow),
      reportOnlyPolicies: reportOnly.map(policyRow),
      mfaOnlyAnAlternative: optional,
    };
    const allUsers = enabled.find(targetsAllUsers);
    if (allUsers) {
      return {
        status: 'PASS',
        metric: 1,
        summary: `"${allUsers.displayName}" requires MFA for Exchange Online from mobile apps and desktop clients for all users.`,
        evidence,
      };
    }
    if (qualifying.length === 0) {
      return {
        status: 'FAIL',
        metric: 0,
        summary:
          'No Conditional Access policy requires MFA for Exchange Online from mobile apps and desktop clients.',
        evidence,
      };
    }
    const pilot = pilotWave(view.waves);
    if (!pilot) {
      return {
        status: 'WARN',
        metric: null,
        summary:
          enabled.length === 0
            ? 'MFA for Exchange Online is required only by report-only policies, which do not enforce anything.'
            : 'MFA for Exchange Online is required only for some users, and there is no pilot wave to measure it against.',
        evidence,
      };
    }
    const groups = GroupDirectory.of(view);
    if (!groups.has(pilot.groupId)) {
      throw new CannotVerify(
        `the pilot wave "${pilot.name}" names group ${pilot.groupId}, which is not in the Entra snapshot`,
      );
    }
    const members = groups.members(pilot.groupId).people;
    const cache = new Map<string, Person[]>();
    const uncovered = members.filter(
      (m) => !enabled.some((p) => targetsPerson(p, m, groups, cache)),
    );
    const ratio =
      members.length === 0 ? null : (members.length - uncovered.length) / members.length;
    evidence.pilot = { wave: pilot.name, groupId: pilot.groupId, members: members.length };
    evidence.pilotUsersWithoutEnforcedMfa = cap(uncovered.map(personKey));
    if (members.length > 0 && uncovered.length === 0) {
      return {
        status: 'PASS',
        metric: 1,
        summary: `Enabled policies require MFA for Exchange Online for all ${plural(members.length, 'pilot user')} in "${pilot.name}".`,
        evidence,
      };
    }
    return {
      status: 'WARN',
      metric: ratio,
      summary:
        enabled.length === 0
          ? 'MFA for Exchange Online is required only by report-only policies, which do not enforce anything.'
          : `Enabled policies require MFA for Exchange Online for ${members.length - uncovered.length} of ${members.length} pilot users${ratio === null ? '' : ` (${pct(ratio)})`}.`,
      evidence,
      failingItems: uncovered.map(personKey),
    };
  },
};

// ---------------------------------------------------------------------------------------------

function resolveAccount(users: EntraUser[], ref: string): Person {
  const want = lower(ref);
  const user = users.find(
    (u) =>
      (u.id && lower(u.id) === want) ||
      (u.userPrincipalName && lower(u.userPrincipalName) === want),
  );
  if (!user)
    throw new CannotVerify(
      `emergency-access account "${ref}" matches no user in the Entra snapshot`,
    );
  return {
    id: user.id ? lower(user.id) : null,
    upn: user.userPrincipalName ? lower(user.userPrincipalName) : null,
  };
}

export const entraCaBreakGlassExcluded: CheckDefinition = {
  id: 'ENTRA.CA.BREAK_GLASS_EXCLUDED',
  title: 'Emergency-access accounts are excluded from every blocking or MFA policy',
  severity: 'HIGH',
  sources: ['entra'],
  description:
    "Every emergency-access account named in the tenant's settings (UPN or object id, resolved through entra.users) is excluded, directly or through an excluded group (nested groups included), from every enabled Conditional Access policy that blocks or requires MFA, so nobody is locked out of the tenant. NOT_APPLICABLE when no emergency-access account is configured.",
  outcomes: {
    PASS: "Every emergency-access account in the tenant's settings is excluded, directly or through an excluded group (nested groups included), from every enabled policy that blocks or requires MFA.",
    FAIL: 'An account is not excluded from some such policy and could be locked out; the evidence lists each account and policy.',
    NOT_APPLICABLE: 'No emergency-access account is configured for the tenant.',
    ERROR:
      'A configured account matches no user in the Entra snapshot (by object id or UPN), the Entra user list is missing, or an excluded group cannot be resolved.',
  },
  rationale:
    "Seed article, deployment step 2 and the Conditional Access steps: blocking legacy authentication and requiring MFA tenant-wide must not lock administrators out; Microsoft's Conditional Access guidance is to exclude emergency-access accounts from such policies.",
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access > open each listed policy > Users > Exclude > Users and groups: add the emergency-access accounts (or their group). With Microsoft Graph PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <id> with conditions.users.excludeUsers including the account ids.',
  evaluate(view) {
    const refs = view.settings.emergencyAccessAccounts;
    if (refs.length === 0) {
      return {
        status: 'NOT_APPLICABLE',
        metric: null,
        summary: 'Not applicable: no emergency-access account is configured for this tenant.',
        evidence: { emergencyAccessAccounts: [] },
      };
    }
    const entra = entraData(view);
    const users = requireList(entra.users, 'the Entra user list');
    const accounts = refs.map((ref) => ({ ref, person: resolveAccount(users, ref) }));
    const policies = activePolicies(view).filter(
      (p) =>
        p.state === 'enabled' &&
        (has(p.builtInControls, 'block') ||
          has(p.builtInControls, 'mfa') ||
          p.authenticationStrength !== null),
    );
    // Groups are read only when a direct exclusion does not already settle it.
    let groups: GroupDirectory | null = null;
    const cache = new Map<string, Person[]>();
    const excludedFrom = (p: CaFacts, person: Person) =>
      p.excludeUsers.some((u) => isPerson(person, u)) ||
      p.excludeGroups.some((gid) => {
        groups ??= GroupDirectory.of(view);
        let members = cache.get(lower(gid));
        if (!members) {
          members = groups.members(gid).people;
          cache.set(lower(gid), members);
        }
        return members.some(
          (m) => (m.id !== null && m.id === person.id) || (m.upn !== null && m.upn === person.upn),
        );
      });
    const gaps = accounts.flatMap(({ ref, person }) =>
      policies
        .filter((p) => !excludedFrom(p, person))
        .map((p) => ({
          account: person.upn ?? person.id ?? ref,
          policyId: p.id,
          policy: p.displayName,
          grant: p.builtInControls,
        })),
    );
    const evidence = {
      emergencyAccessAccounts: accounts.map((a) => ({
        configured: a.ref,
        id: a.person.id,
        userPrincipalName: a.person.upn,
      })),
      policiesChecked: policies.map((p) => ({
        id: p.id,
        displayName: p.displayName,
        grant: p.builtInControls,
      })),
      notExcluded: cap(gaps),
    };
    if (gaps.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        summary: `${plural(accounts.length, 'emergency-access account')} ${accounts.length === 1 ? 'is' : 'are'} excluded from all ${plural(policies.length, 'enabled blocking or MFA policy', 'enabled blocking or MFA policies')}.`,
        evidence,
      };
    }
    const failing = [...new Set(gaps.map((g) => g.account))];
    return {
      status: 'FAIL',
      metric: gaps.length,
      summary: `${plural(failing.length, 'emergency-access account')} could be locked out: not excluded from ${[...new Set(gaps.map((g) => `"${g.policy}"`))].join(', ')}.`,
      evidence,
      failingItems: failing,
    };
  },
};

// ---------------------------------------------------------------------------------------------

const MOBILE = ['ios', 'android'] as const;

/** Which of iOS and Android the policy's platform condition reaches (no condition = every platform). */
function mobilePlatforms(p: CaFacts): string[] {
  const platforms = p.raw.conditions?.platforms;
  if (platforms === undefined)
    throw new CannotVerify(
      `Conditional Access policy "${p.displayName}" has no platforms condition (null when unset)`,
    );
  if (platforms === null) return [...MOBILE];
  const include = (platforms.includePlatforms ?? []).map(lower);
  const exclude = (platforms.excludePlatforms ?? []).map(lower);
  return MOBILE.filter(
    (m) => (include.includes('all') || include.includes(m)) && !exclude.includes(m),
  );
}

export const entraCaAppProtectionMobile: CheckDefinition = {
  id: 'ENTRA.CA.APP_PROTECTION_MOBILE',
  title:
    'Conditional Access requires an app protection policy on iOS and Android for Exchange Online',
  severity: 'LOW',
  sources: ['entra'],
  description:
    'Enabled Conditional Access policies for iOS and Android require compliantApplication (an Intune app protection policy) for Exchange Online. WARN otherwise, also when only approvedApplication is required (Microsoft retires that control) or when the policy is report-only.',
  outcomes: {
    PASS: 'Enabled policies require compliantApplication (an app protection policy) for Exchange Online on both iOS and Android.',
    WARN: 'A platform is not covered: only approvedApplication is required there (a control Microsoft retires), the requirement is report-only, or no policy requires it.',
    ERROR:
      'The Conditional Access policy list is missing, or a candidate policy lacks a key the check reads (its platforms condition among them).',
  },
  rationale:
    'Seed article, workflow step 12 (Exchange Online) / 13 (on-premises): the Conditional Access policy can apply restrictions based on device state or enforce an application protection policy, in addition to MFA, before Outlook mobile gets its tokens.',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Require app protection policy": Users = All users, Target resources = Office 365 Exchange Online, Conditions > Device platforms = Android and iOS, Grant = Require app protection policy, Enable policy = On; assign an Intune app protection policy for Outlook to all users.',
  evaluate(view) {
    const candidates = activePolicies(view).filter(
      (p) =>
        coversExchange(p) &&
        (has(p.builtInControls, 'compliantApplication') ||
          has(p.builtInControls, 'approvedApplication')),
    );
    const rows = candidates.map((p) => ({ ...policyRow(p), mobilePlatforms: mobilePlatforms(p) }));
    const covered = (state: CaState[], control: string) =>
      new Set(
        candidates
          .filter((p) => state.includes(p.state) && has(p.builtInControls, control))
          .flatMap(mobilePlatforms),
      );
    const enforced = covered(['enabled'], 'compliantApplication');
    const missing = MOBILE.filter((m) => !enforced.has(m));
    const evidence = { policies: rows, missingPlatforms: missing };
    if (missing.length === 0) {
      return {
        status: 'PASS',
        metric: null,
        summary:
          'Enabled policies require an app protection policy (compliantApplication) for Exchange Online on iOS and Android.',
        evidence,
      };
    }
    const approvedOnly = MOBILE.every(
      (m) => enforced.has(m) || covered(['enabled'], 'approvedApplication').has(m),
    );
    const reportOnly = MOBILE.every(
      (m) =>
        enforced.has(m) ||
        covered(['enabledForReportingButNotEnforced'], 'compliantApplication').has(m),
    );
    const summary = approvedOnly
      ? `On ${missing.join(' and ')} only "Require approved client app" (approvedApplication) is enforced, a control Microsoft retires; require an app protection policy instead.`
      : reportOnly
        ? `An app protection policy for Exchange Online on ${missing.join(' and ')} is required only in report-only mode.`
        : `No enabled policy requires an app protection policy for Exchange Online on ${missing.join(' and ')}.`;
    return { status: 'WARN', metric: null, summary, evidence };
  },
};
