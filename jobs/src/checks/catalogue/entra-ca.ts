import type { CheckDefinition, EntraUser, TenantView } from '../types.js';
import {
  activePolicies,
  appProtectionGrant,
  type CaFacts,
  type CaState,
  clientTypes,
  coversExchange,
  narrowingsMessage,
  has,
  mfaGrant,
  type Narrowing,
  narrowings,
  Population,
  targetsAllUsers,
  waveGroupNames,
} from './ca-scope.js';
import { GroupDirectory, isPerson, type Person, personKey, pilotWave } from './people.js';
import { CannotVerify, cap, entraData, lower, requireList } from './shared.js';
import { checkMessages } from './messages.js';

export { EXO_APP_ID } from './ca-scope.js';

const legacy = checkMessages('ENTRA.CA.BLOCK_LEGACY_AUTH', {
  nothing: '',
  pass: 'Enabled policies block both exchangeActiveSync and other clients for all users and all resources, with no narrowing condition%{excluded}.',
  excluded:
    ' (%{count:plural:exclusion:exclusions} of emergency-access accounts listed in evidence)',
  pass_security_defaults:
    'Security Defaults is enabled: it blocks legacy authentication (Exchange ActiveSync and other clients) for every user.',
  warn_narrowed:
    'Legacy authentication (%{missing:and}) is blocked only under narrowing conditions, so some legacy sign-ins are not blocked: %{narrowings}.',
  warn_report_only:
    'Legacy authentication is blocked for %{missing:and} only by report-only policies, which do not enforce anything.',
  fail: 'No enabled Conditional Access policy blocks legacy authentication for %{missing:and} across all users and all resources%{securityDefaults}.',
  security_defaults_off: ', and Security Defaults is off',
});
const mfa = checkMessages('ENTRA.CA.MFA_EXCHANGE', {
  nothing: '',
  pass_policy:
    '"%{policy}" requires MFA for Exchange Online from mobile apps and desktop clients for all users, with no narrowing condition.',
  warn_security_defaults:
    'Only Security Defaults asks for MFA: it requires MFA of users only when Microsoft judges the sign-in risky (administrators always), not on every Exchange Online sign-in. Use a Conditional Access policy that requires MFA.',
  fail: 'No Conditional Access policy requires MFA for Exchange Online from mobile apps and desktop clients%{optional}.',
  optional: ' (in %{policies:quoted} MFA is only one alternative: %{alternatives})',
  warn_report_only:
    'MFA for Exchange Online is required only by report-only policies, which do not enforce anything.',
  warn_no_pilot:
    'MFA for Exchange Online is not required for every user and sign-in, and there is no pilot wave to measure it against.%{narrowed}',
  narrowed: ' Narrowed: %{narrowings}.',
  pass_pilot:
    'Enabled policies require MFA for Exchange Online for all %{members:plural:pilot user:pilot users} in "%{wave}", with no narrowing condition.',
  warn_pilot:
    'Enabled policies require MFA for Exchange Online, without narrowing, for %{covered} of %{total} pilot users in "%{wave}"%{ratio}.%{narrowed}',
  ratio: ' (%{ratio:percent})',
});
const breakGlass = checkMessages('ENTRA.CA.BREAK_GLASS_EXCLUDED', {
  not_applicable: 'Not applicable: no emergency-access account is configured for this tenant.',
  pass: '%{accounts:plural:emergency-access account:emergency-access accounts} %{accounts:choose:is:are} excluded from all %{policies:plural:enabled blocking or MFA policy:enabled blocking or MFA policies}.',
  fail: '%{accounts:plural:emergency-access account:emergency-access accounts} could be locked out: not excluded from %{policies:quoted}.',
});
const appProtection = checkMessages('ENTRA.CA.APP_PROTECTION_MOBILE', {
  nothing: '',
  pass: 'Enabled policies require an app protection policy (compliantApplication) for Exchange Online on iOS and Android for all users, with no OR alternative and no narrowing condition.',
  warn_approved_only:
    'On %{platforms:and} only "Require approved client app" (approvedApplication) is enforced, a control Microsoft retires; require an app protection policy instead.',
  warn_parts:
    'An app protection policy for Exchange Online on %{platforms:and} is not required of every user and sign-in: %{parts:join:; }.',
  alternative: '"%{policy}" lets %{alternatives} stand in for it (OR)%{retired}',
  retired: ', and Microsoft retires "Require approved client app"',
  narrowed: 'narrowed: %{narrowings}',
  warn_report_only:
    'An app protection policy for Exchange Online on %{platforms:and} is required only in report-only mode.',
  warn_none:
    'No enabled policy requires an app protection policy for Exchange Online on %{platforms:and}.',
});

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

/**
 * Security Defaults (GET /policies/identitySecurityDefaultsEnforcementPolicy), or null when the
 * snapshot does not carry it. "Security defaults in Microsoft Entra ID"
 * (https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults): blocks legacy
 * authentication for everyone; requires MFA of users only "when necessary" (risk-based), of
 * administrators always; it cannot be on while Conditional Access policies are enabled.
 */
function securityDefaults(view: TenantView): { isEnabled: boolean } | null {
  const sd = entraData(view).securityDefaults;
  if (sd === undefined || sd === null) return null;
  return { isEnabled: sd.isEnabled === true };
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
  metricUnit: 'COUNT',
  sources: ['entra'],
  description:
    'Reads every enabled and report-only Conditional Access policy (users, groups, roles, guests, target resources, client app types, platforms, locations with the named locations, sign-in / user / insider risk, device filters, workload identities, authentication flows) and Security Defaults. Passes when enabled policies with grant "block", each for all users and all resources with no narrowing condition and no exclusion beyond the emergency-access accounts, together cover both client app types exchangeActiveSync and other — or when Security Defaults is on. WARN when the cover needs a narrowed policy (each narrowing named), Office 365 / Exchange Online instead of all resources, or report-only policies; FAIL otherwise.',
  outcomes: {
    PASS: 'Enabled block policies for all users (only emergency-access accounts excluded) and all resources, with no narrowing condition, cover exchangeActiveSync and other; or Security Defaults is enabled, which blocks legacy authentication.',
    WARN: 'Both client app types are covered only by a policy narrowed by a condition, an exclusion beyond the emergency-access accounts or a rollout-wave group, a target of Office 365 / Exchange Online instead of all resources (each narrowing named with the users it leaves out), or by report-only policies.',
    FAIL: 'No such cover and Security Defaults is off or not reported: the missing client app types are named.',
    ERROR:
      'The Conditional Access policy list is missing, a policy lacks its state, conditions, grant controls or one of the lists and conditions Graph always returns (risk levels, platforms, locations), or an excluded group is not in the snapshot.',
  },
  rationale:
    'Seed article, deployment step 2: block all other legacy-authentication attempts at the Microsoft Entra ID level, so that only modern clients that pass Conditional Access (MFA, app protection) reach Exchange. A policy applies only when all its conditions match ("Building a Conditional Access policy", https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-policies), so a narrowed block leaves legacy sign-ins open ("Block legacy authentication", https://learn.microsoft.com/en-us/entra/identity/conditional-access/block-legacy-authentication). Security Defaults blocks legacy authentication too ("Security defaults in Microsoft Entra ID", https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults).',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Block legacy authentication": Users = All users (exclude only the emergency-access accounts), Target resources = All resources, Conditions > Client apps = Exchange ActiveSync clients and Other clients and no other condition (no platform, location, risk or device filter), Grant = Block access, Enable policy = On.',
  evaluate(view) {
    const people = new Population(view);
    const waveGroups = waveGroupNames(view);
    const candidates = activePolicies(view)
      .filter(
        (p) =>
          has(p.builtInControls, 'block') &&
          targetsAllUsers(p) &&
          coversExchange(p) &&
          legacyTypesBlocked(p).length > 0,
      )
      .map((p) => ({
        p,
        narrowed: narrowings(view, people, p, {
          requireAllApps: true,
          platforms: null,
          waveGroups,
        }),
      }));
    const coveredBy = (states: CaState[], clean: boolean) =>
      new Set(
        candidates
          .filter((c) => states.includes(c.p.state) && (!clean || c.narrowed.length === 0))
          .flatMap((c) => legacyTypesBlocked(c.p)),
      );
    const enforced = coveredBy(['enabled'], true);
    const enforcedNarrowed = coveredBy(['enabled'], false);
    const withReportOnly = coveredBy(['enabled', 'enabledForReportingButNotEnforced'], false);
    const missing = LEGACY_TYPES.filter((t) => !enforced.has(t));
    const sd = securityDefaults(view);
    const narrowedFor = candidates.filter(
      (c) =>
        c.p.state === 'enabled' &&
        c.narrowed.length > 0 &&
        legacyTypesBlocked(c.p).some((t) => missing.includes(t as (typeof LEGACY_TYPES)[number])),
    );
    const relevant: Narrowing[] = narrowedFor.flatMap((c) => c.narrowed);
    const evidence = {
      blockingPolicies: candidates.map((c) => ({
        ...policyRow(c.p),
        blocks: legacyTypesBlocked(c.p),
        narrowings: c.narrowed,
      })),
      enforcedCover: [...enforced],
      missingClientAppTypes: missing,
      narrowings: relevant,
      exclusions: candidates.map((c) => ({ policy: c.p.displayName, ...exclusions(c.p) })),
      securityDefaults: sd,
    };
    if (missing.length === 0) {
      const excluded = candidates
        .filter((c) => c.p.state === 'enabled')
        .reduce(
          (n, c) =>
            n + c.p.excludeUsers.length + c.p.excludeGroups.length + c.p.excludeRoles.length,
          0,
        );
      return {
        status: 'PASS',
        metric: null,
        ...legacy.say('pass', {
          excluded:
            excluded > 0 ? legacy.part('excluded', { count: excluded }) : legacy.part('nothing'),
        }),
        evidence,
      };
    }
    if (sd?.isEnabled) {
      return {
        status: 'PASS',
        metric: null,
        ...legacy.say('pass_security_defaults'),
        evidence,
      };
    }
    if (LEGACY_TYPES.every((t) => enforcedNarrowed.has(t))) {
      return {
        status: 'WARN',
        metric: null,
        ...legacy.say('warn_narrowed', { missing, narrowings: narrowingsMessage(relevant) }),
        evidence,
        failingItems: [...new Set(relevant.map((n) => `${n.policy}: ${n.code}`))],
      };
    }
    if (LEGACY_TYPES.every((t) => withReportOnly.has(t))) {
      return {
        status: 'WARN',
        metric: null,
        ...legacy.say('warn_report_only', { missing }),
        evidence,
      };
    }
    return {
      status: 'FAIL',
      metric: null,
      ...legacy.say('fail', {
        missing,
        securityDefaults:
          sd === null ? legacy.part('nothing') : legacy.part('security_defaults_off'),
      }),
      evidence,
    };
  },
};

// ---------------------------------------------------------------------------------------------

export const entraCaMfaExchange: CheckDefinition = {
  id: 'ENTRA.CA.MFA_EXCHANGE',
  title: 'Conditional Access requires MFA for Exchange Online from mobile apps and desktop clients',
  severity: 'CRITICAL',
  metricUnit: 'RATIO',
  sources: ['entra'],
  description:
    'Reads every enabled and report-only Conditional Access policy (users, groups resolved transitively, roles, guests, target resources, client app types, platforms, locations with the named locations, risk levels, device filters, workload identities, authentication flows), the authentication strength policies and Security Defaults. Passes when an enabled policy requires MFA — the mfa control, or an authentication strength whose every allowed combination is multi-factor; with operator OR every alternative must be — for Office 365 / Exchange Online and mobileAppsAndDesktopClients (or all client apps), for all users or every pilot user, with no narrowing condition and no exclusion beyond the emergency-access accounts. WARN if report-only, narrowed (each narrowing named with the users it leaves out), covering only part of the pilot, or only Security Defaults (risk-based MFA); FAIL if none.',
  outcomes: {
    PASS: 'An enabled policy requires MFA (mfa, or an authentication strength that is multi-factor in every combination, with no OR alternative standing in for it) for Office 365 / Exchange Online and mobile apps and desktop clients (or all client apps), with no narrowing condition and no exclusion beyond the emergency-access accounts, for all users or for every member of the pilot wave.',
    WARN: 'Such a policy is only report-only; or the enabled ones are narrowed (risk levels, locations, platforms, device filters, authentication flows, exclusions beyond the emergency-access accounts — each named with the users it leaves out) or reach only part of the pilot; or only Security Defaults is on, whose MFA for users is risk-based, not on every sign-in.',
    FAIL: 'No policy requires MFA for Exchange Online from mobile apps and desktop clients, and Security Defaults is off or not reported.',
    ERROR:
      'The Conditional Access policy list is missing or a policy is unreadable, or a group the policies or the pilot wave name is not in the Entra snapshot.',
  },
  rationale:
    'Seed article, Exchange Online and on-premises workflows: Entra ID applies Conditional Access and the user completes multifactor authentication before Outlook mobile receives its access and refresh tokens — MFA for mobile access is the purpose of the whole architecture. "Conditional Access: Grant" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant): with "Require one of the selected controls" any one alternative satisfies the policy. "Authentication strengths" (https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-strengths): a strength allows the listed combinations only. "Security defaults in Microsoft Entra ID" (https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults): users are asked for MFA only when Microsoft judges it necessary.',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access > New policy: Users = All users (or the pilot group first; exclude only the emergency-access accounts), Target resources = Office 365 Exchange Online (or Office 365), Conditions > Client apps = Mobile apps and desktop clients and no risk, location, platform or device condition, Grant = Require multifactor authentication (or the built-in "Multifactor authentication" strength) as the only control, Enable policy = On.',
  evaluate(view) {
    const active = activePolicies(view);
    const people = new Population(view);
    const waveGroups = waveGroupNames(view);
    const scoped = active.filter((p) => {
      const types = clientTypes(p);
      return coversExchange(p) && (types.has('all') || types.has('mobileappsanddesktopclients'));
    });
    const qualifying = scoped.filter((p) => mfaGrant(view, p).required);
    const enabled = qualifying
      .filter((p) => p.state === 'enabled')
      .map((p) => ({
        p,
        narrowed: narrowings(view, people, p, {
          requireAllApps: false,
          platforms: null,
          waveGroups,
        }),
      }));
    const reportOnly = qualifying.filter((p) => p.state !== 'enabled');
    const optional = active
      .map((p) => ({ p, grant: mfaGrant(view, p) }))
      .filter(({ grant }) => grant.offered && !grant.required)
      .map(({ p, grant }) => ({ policy: p.displayName, alternatives: grant.alternatives }));
    const strengths = active
      .map((p) => ({ p, s: mfaGrant(view, p).strength }))
      .filter(({ s }) => s !== null)
      .map(({ p, s }) => ({
        policy: p.displayName,
        strength: s!.displayName ?? s!.id,
        resolved: s!.allowedCombinations !== null,
        singleFactorCombinations: s!.singleFactor,
        multiFactor: s!.multiFactor,
      }));
    const sd = securityDefaults(view);
    const allNarrowings = enabled.flatMap((e) => e.narrowed);
    const evidence: Record<string, unknown> = {
      enabledPolicies: enabled.map((e) => ({ ...policyRow(e.p), narrowings: e.narrowed })),
      reportOnlyPolicies: reportOnly.map(policyRow),
      mfaOnlyAnAlternative: optional.map((o) => o.policy),
      orAlternatives: optional,
      authenticationStrengths: strengths,
      narrowings: allNarrowings,
      securityDefaults: sd,
    };
    const clean = enabled.find((e) => e.narrowed.length === 0 && targetsAllUsers(e.p));
    if (clean) {
      return {
        status: 'PASS',
        metric: 1,
        ...mfa.say('pass_policy', { policy: clean.p.displayName }),
        evidence,
      };
    }
    if (qualifying.length === 0) {
      if (sd?.isEnabled) {
        return {
          status: 'WARN',
          metric: null,
          ...mfa.say('warn_security_defaults'),
          evidence,
        };
      }
      return {
        status: 'FAIL',
        metric: 0,
        ...mfa.say('fail', {
          optional:
            optional.length > 0
              ? mfa.part('optional', {
                  policies: optional.map((o) => o.policy),
                  alternatives: [...new Set(optional.flatMap((o) => o.alternatives))],
                })
              : mfa.part('nothing'),
        }),
        evidence,
      };
    }
    const narrowed =
      allNarrowings.length > 0
        ? mfa.part('narrowed', { narrowings: narrowingsMessage(allNarrowings) })
        : mfa.part('nothing');
    // Pilot coverage counts only policies whose sole narrowing is that they target some users.
    const forPilot = enabled.filter((e) => e.narrowed.every((n) => n.code === 'USERS_NOT_ALL'));
    const pilot = pilotWave(view.waves);
    if (!pilot) {
      return {
        status: 'WARN',
        metric: null,
        ...(enabled.length === 0
          ? mfa.say('warn_report_only')
          : mfa.say('warn_no_pilot', { narrowed })),
        evidence,
        failingItems: [...new Set(allNarrowings.map((n) => `${n.policy}: ${n.code}`))],
      };
    }
    const groups = GroupDirectory.of(view);
    if (!groups.has(pilot.groupId)) {
      throw new CannotVerify(
        `the pilot wave "${pilot.name}" names group ${pilot.groupId}, which is not in the Entra snapshot`,
      );
    }
    const members = groups.members(pilot.groupId).people;
    const uncovered = members.filter((m) => !forPilot.some((e) => people.reaches(e.p, m)));
    const ratio =
      members.length === 0 ? null : (members.length - uncovered.length) / members.length;
    evidence.pilot = { wave: pilot.name, groupId: pilot.groupId, members: members.length };
    evidence.pilotUsersWithoutEnforcedMfa = cap(uncovered.map(personKey));
    if (members.length > 0 && uncovered.length === 0) {
      return {
        status: 'PASS',
        metric: 1,
        ...mfa.say('pass_pilot', { members: members.length, wave: pilot.name }),
        evidence,
      };
    }
    return {
      status: 'WARN',
      metric: ratio,
      ...(enabled.length === 0
        ? mfa.say('warn_report_only')
        : mfa.say('warn_pilot', {
            covered: members.length - uncovered.length,
            total: members.length,
            wave: pilot.name,
            ratio: ratio === null ? mfa.part('nothing') : mfa.part('ratio', { ratio }),
            narrowed,
          })),
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
  metricUnit: 'COUNT',
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
    'Microsoft Entra admin center > Protection > Conditional Access > open each listed policy > Users > Exclude > Users and groups: add the emergency-access accounts (or their group). With Microsoft Graph PowerShell: Update-MgIdentityConditionalAccessPolicy with conditions.users.excludeUsers including the account ids; a failing result names each policy id and account id.',
  evaluate(view) {
    const refs = view.settings.emergencyAccessAccounts;
    if (refs.length === 0) {
      return {
        status: 'NOT_APPLICABLE',
        metric: null,
        ...breakGlass.say('not_applicable'),
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
        ...breakGlass.say('pass', { accounts: accounts.length, policies: policies.length }),
        evidence,
      };
    }
    const failing = [...new Set(gaps.map((g) => g.account))];
    return {
      status: 'FAIL',
      metric: gaps.length,
      ...breakGlass.say('fail', {
        accounts: failing.length,
        policies: [...new Set(gaps.map((g) => g.policy))],
      }),
      evidence,
      failingItems: failing,
      remediation: breakGlassRemediation(accounts, gaps),
    };
  },
};

/** Per policy, the exact exclusion to add: the policy's real id and name, the accounts' ids. */
function breakGlassRemediation(
  accounts: Array<{ ref: string; person: Person }>,
  gaps: Array<{ account: string; policyId: string | null; policy: string | null }>,
): string {
  const byPolicy = new Map<string, { name: string | null; accounts: Set<string> }>();
  for (const g of gaps) {
    const key = g.policyId ?? g.policy ?? '';
    const entry = byPolicy.get(key) ?? { name: g.policy, accounts: new Set<string>() };
    const person = accounts.find((a) => (a.person.upn ?? a.person.id ?? a.ref) === g.account);
    entry.accounts.add(person?.person.id ?? g.account);
    byPolicy.set(key, entry);
  }
  const steps = [...byPolicy].slice(0, 10).map(([id, e]) => {
    const ids = [...e.accounts].map((a) => `"${a}"`).join(',');
    return `"${e.name ?? id}": $p = Get-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId "${id}"; Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId "${id}" -Conditions @{ users = @{ excludeUsers = @($p.Conditions.Users.ExcludeUsers + @(${ids}) | Select-Object -Unique) } }`;
  });
  return `Exclude the emergency-access accounts from each listed policy (Microsoft Entra admin center > Protection > Conditional Access > the policy > Users > Exclude), or with Microsoft Graph PowerShell: ${steps.join('; ')}`;
}

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
  metricUnit: 'COUNT',
  sources: ['entra'],
  description:
    'Reads every enabled and report-only Conditional Access policy (users, groups, roles, guests, target resources, client app types, platforms, locations, risk levels, device filters, workload identities, authentication flows). Passes when enabled policies for iOS and Android require compliantApplication (an Intune app protection policy) for Exchange Online from mobile apps and desktop clients, for all users (only emergency-access accounts excluded), with no OR alternative that does not also require it and no narrowing condition. WARN otherwise: also when only approvedApplication is required (Microsoft retires that control), when the policy is report-only, or when it is narrowed (each narrowing named).',
  outcomes: {
    PASS: 'Enabled policies require compliantApplication (an app protection policy) for Exchange Online on both iOS and Android, for all users and mobile apps and desktop clients, with no OR alternative and no narrowing condition.',
    WARN: 'A platform is not covered: only approvedApplication is required there (a control Microsoft retires), compliantApplication is only one OR alternative, the requirement is report-only or narrowed (users, exclusions, client app types, locations, risk, device filters — each named), or no policy requires it.',
    ERROR:
      'The Conditional Access policy list is missing, or a candidate policy lacks a key the check reads (its platforms and locations conditions and risk levels among them).',
  },
  rationale:
    'Seed article, workflow step 12 (Exchange Online) / 13 (on-premises): the Conditional Access policy can apply restrictions based on device state or enforce an application protection policy, in addition to MFA, before Outlook mobile gets its tokens. "Require approved client apps or app protection policy" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/howto-policy-approved-app-or-app-protection) and "Migrate approved client app to application protection policy" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/migrate-approved-client-app).',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Require app protection policy": Users = All users (exclude only the emergency-access accounts), Target resources = Office 365 Exchange Online, Conditions > Device platforms = Android and iOS, Client apps = Mobile apps and desktop clients, no other condition, Grant = Require app protection policy as the only control, Enable policy = On; assign an Intune app protection policy for Outlook to all users.',
  evaluate(view) {
    const people = new Population(view);
    const waveGroups = waveGroupNames(view);
    const candidates = activePolicies(view)
      .filter(
        (p) =>
          coversExchange(p) &&
          (has(p.builtInControls, 'compliantApplication') ||
            has(p.builtInControls, 'approvedApplication')),
      )
      .map((p) => {
        const types = clientTypes(p);
        // The platform condition is judged per platform below (mobilePlatforms).
        const narrowed = narrowings(view, people, p, {
          requireAllApps: false,
          platforms: MOBILE,
          waveGroups,
        }).filter((n) => n.code !== 'PLATFORMS');
        if (!types.has('all') && !types.has('mobileappsanddesktopclients')) {
          narrowed.push({
            code: 'CLIENT_APP_TYPES',
            policyId: p.id,
            policy: p.displayName,
            params: { clientAppTypes: p.clientAppTypes },
          });
        }
        return { p, grant: appProtectionGrant(view, p), platforms: mobilePlatforms(p), narrowed };
      });
    type Candidate = (typeof candidates)[number];
    const cover = (ok: (c: Candidate) => boolean) =>
      new Set(candidates.filter(ok).flatMap((c) => c.platforms));
    const enforced = cover(
      (c) => c.p.state === 'enabled' && c.grant.required && c.narrowed.length === 0,
    );
    const missing = MOBILE.filter((m) => !enforced.has(m));
    const relevant = candidates.filter(
      (c) => c.p.state === 'enabled' && c.platforms.some((m) => (missing as string[]).includes(m)),
    );
    const allNarrowings = relevant.flatMap((c) => c.narrowed);
    const evidence = {
      policies: candidates.map((c) => ({
        ...policyRow(c.p),
        mobilePlatforms: c.platforms,
        requiresAppProtection: c.grant.required,
        orAlternatives: c.grant.alternatives,
        narrowings: c.narrowed,
      })),
      missingPlatforms: missing,
      narrowings: allNarrowings,
    };
    if (missing.length === 0) {
      return {
        status: 'PASS',
        metric: null,
        ...appProtection.say('pass'),
        evidence,
      };
    }
    const platforms = missing.map((m) => (m === 'ios' ? 'iOS' : 'Android'));
    const approvedOnly = MOBILE.every(
      (m) =>
        enforced.has(m) ||
        cover(
          (c) =>
            c.p.state === 'enabled' &&
            has(c.p.builtInControls, 'approvedApplication') &&
            !c.grant.offered,
        ).has(m),
    );
    const reportOnly = MOBILE.every(
      (m) =>
        enforced.has(m) ||
        cover((c) => c.p.state !== 'enabled' && c.grant.required && c.narrowed.length === 0).has(m),
    );
    const alternatives = relevant.filter((c) => c.grant.offered && !c.grant.required);
    const parts = alternatives.map((c) =>
      appProtection.part('alternative', {
        policy: c.p.displayName,
        alternatives: c.grant.alternatives,
        retired: c.grant.alternatives.some((a) => lower(a) === 'approvedapplication')
          ? appProtection.part('retired')
          : appProtection.part('nothing'),
      }),
    );
    if (allNarrowings.length > 0)
      parts.push(appProtection.part('narrowed', { narrowings: narrowingsMessage(allNarrowings) }));
    const said = approvedOnly
      ? appProtection.say('warn_approved_only', { platforms })
      : parts.length > 0
        ? appProtection.say('warn_parts', { platforms, parts })
        : reportOnly
          ? appProtection.say('warn_report_only', { platforms })
          : appProtection.say('warn_none', { platforms });
    return { status: 'WARN', metric: null, ...said, evidence };
  },
};
