/**
 * Conditional Access read as Entra evaluates it: which users, apps, clients and sign-ins a
 * policy really reaches, and what its grant really demands. A policy applies to a sign-in only
 * when every one of its assignments and conditions is satisfied, so any condition other than
 * "all" narrows it (each is returned as a message code with parameters, translated in the
 * dashboard).
 *
 * Sources (Microsoft Learn):
 * - "Building a Conditional Access policy" — all assignments and conditions must match for a
 *   policy to apply: https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-policies
 * - "Conditional Access: Conditions" (user risk, sign-in risk, insider risk, device platforms,
 *   client apps, filter for devices, authentication flows):
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-conditions
 * - "Conditional Access: Users, groups, agents, and workload identities" (include/exclude users,
 *   groups, roles, guests; exclusions win over inclusions):
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-users-groups
 * - "Using the location condition in a Conditional Access policy" (`AllTrusted` = every trusted
 *   named location plus MFA trusted IPs):
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-assignment-network
 * - "Conditional Access: Target resources" (All resources, Office 365, app filters):
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-cloud-apps
 * - "Conditional Access: Grant" (operator OR = "Require one of the selected controls"):
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant
 * - "Authentication strengths" / "Built-in authentication strengths and combinations":
 *   https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-strengths
 * - Graph "conditionalAccessConditionSet resource type" (field shapes):
 *   https://learn.microsoft.com/en-us/graph/api/resources/conditionalaccessconditionset
 */
import type {
  AuthenticationStrengthPolicy,
  ConditionalAccessPolicy,
  NamedLocation,
  TenantView,
} from '../types.js';
import { GroupDirectory, isPerson, type Person, personKey } from './people.js';
import { CannotVerify, entraData, lower, requireKey } from './shared.js';
import { checkMessages, type Message, type MessageParam } from './messages.js';

export const EXO_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

export type CaState = 'enabled' | 'enabledForReportingButNotEnforced' | 'disabled';

/**
 * Why a policy does not reach the whole population. Codes are stable: the dashboard translates
 * them (web/src/i18n, `posture.narrowing.*`) with the params.
 */
export const NARROWING_CODES = [
  'USERS_NOT_ALL',
  'USERS_EXCLUDED',
  'ROLES_EXCLUDED',
  'GUESTS_EXCLUDED',
  'APPLICATIONS',
  'APPLICATIONS_EXCLUDED',
  'APPLICATION_FILTER',
  'CLIENT_APP_TYPES',
  'PLATFORMS',
  'LOCATIONS',
  'SIGN_IN_RISK',
  'USER_RISK',
  'INSIDER_RISK',
  'DEVICE_FILTER',
  'CLIENT_APPLICATIONS',
  'AUTHENTICATION_FLOWS',
] as const;
export type NarrowingCode = (typeof NARROWING_CODES)[number];

export interface Narrowing {
  code: NarrowingCode;
  policyId: string;
  policy: string;
  params: Record<string, string | number | string[]>;
}

/** The parts of a Conditional Access policy the checks judge, read strictly (a missing list is an ERROR). */
export interface CaFacts {
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
  authenticationStrength: { id: string | null; displayName: string | null } | null;
  /** Grant alternatives besides the built-in controls (terms of use, custom factors). */
  otherGrants: string[];
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

export function readState(p: ConditionalAccessPolicy): CaState {
  const name = p.displayName ?? p.id ?? '(unnamed)';
  const state = requireKey(p, 'state', `Conditional Access policy "${name}"`);
  if (state === 'enabled' || state === 'enabledForReportingButNotEnforced' || state === 'disabled')
    return state;
  throw new CannotVerify(
    `Conditional Access policy "${name}" has an unknown state ${JSON.stringify(state)}`,
  );
}

export function readPolicy(p: ConditionalAccessPolicy): CaFacts {
  const name = p.displayName ?? p.id ?? '(unnamed)';
  const what = `Conditional Access policy "${name}"`;
  const state = readState(p);
  const conditions = requireKey(p, 'conditions', what);
  if (!conditions) throw new CannotVerify(`${what} has no conditions`);
  const users = conditions.users;
  const apps = conditions.applications;
  const grant = requireKey(p, 'grantControls', what);
  const strength = grant?.authenticationStrength ?? null;
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
    authenticationStrength:
      strength === null
        ? null
        : { id: strength.id ?? null, displayName: strength.displayName ?? null },
    otherGrants: [
      ...(grant?.termsOfUse ?? []).map((t) => `termsOfUse:${t}`),
      ...(grant?.customAuthenticationFactors ?? []).map((f) => `customFactor:${f}`),
    ],
    raw: p,
  };
}

/** Enabled and report-only policies, read strictly; disabled ones are left alone. */
export function activePolicies(view: TenantView): CaFacts[] {
  const policies = entraData(view).conditionalAccessPolicies;
  if (policies === undefined)
    throw new CannotVerify('the Conditional Access policy list is missing from the snapshot');
  return policies.filter((p) => readState(p) !== 'disabled').map(readPolicy);
}

export const has = (values: readonly string[], want: string) =>
  values.some((v) => lower(v) === lower(want));

export function targetsAllUsers(p: CaFacts): boolean {
  return has(p.includeUsers, 'All');
}

/** All cloud apps, Office 365 or Exchange Online, without Exchange excluded again. */
export function coversExchange(p: CaFacts): boolean {
  const included =
    has(p.includeApplications, 'All') ||
    has(p.includeApplications, 'Office365') ||
    has(p.includeApplications, EXO_APP_ID);
  const excluded =
    has(p.excludeApplications, 'Office365') || has(p.excludeApplications, EXO_APP_ID);
  return included && !excluded;
}

export function clientTypes(p: CaFacts): Set<string> {
  return new Set(p.clientAppTypes.map(lower));
}

// ---------------------------------------------------------------------------------------------
// Grants

/**
 * Combinations that are multi-factor on their own: "Built-in authentication strengths"
 * (https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-strengths)
 * lists them in the built-in "Multifactor authentication" strength as single methods; any
 * combination of two methods ("password,sms") is two factors. Anything else alone (password,
 * SMS or voice sign-in, email OTP, single-factor certificate or federation, an OATH code, QR
 * code) is one factor: the cautious reading for a method not named here.
 */
const MULTI_FACTOR_ALONE = new Set(
  [
    'windowsHelloForBusiness',
    'fido2',
    'x509CertificateMultiFactor',
    'deviceBasedPush',
    'temporaryAccessPassOneTime',
    'temporaryAccessPassMultiUse',
    'federatedMultiFactor',
  ].map(lower),
);

export function isMultiFactorCombination(combination: string): boolean {
  const modes = combination
    .split(',')
    .map(lower)
    .filter((m) => m !== '');
  if (modes.length >= 2) return new Set(modes).size >= 2;
  return modes.length === 1 && MULTI_FACTOR_ALONE.has(modes[0] ?? '');
}

/** The built-in strengths (read-only in every tenant; docs/domain.md 2.4). */
const BUILT_IN_STRENGTHS: Record<string, { displayName: string; allowedCombinations: string[] }> = {
  '00000000-0000-0000-0000-000000000002': {
    displayName: 'Multifactor authentication',
    allowedCombinations: [
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
    ],
  },
  '00000000-0000-0000-0000-000000000003': {
    displayName: 'Passwordless MFA',
    allowedCombinations: [
      'windowsHelloForBusiness',
      'fido2',
      'x509CertificateMultiFactor',
      'deviceBasedPush',
    ],
  },
  '00000000-0000-0000-0000-000000000004': {
    displayName: 'Phishing-resistant MFA',
    allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
  },
};

export interface StrengthVerdict {
  id: string | null;
  displayName: string | null;
  /** null when the strength could not be resolved (then it does not count as MFA). */
  allowedCombinations: string[] | null;
  singleFactor: string[];
  multiFactor: boolean;
}

/**
 * Resolves the policy's authentication strength: the combinations carried in the policy itself
 * (Graph expands them), else the pulled strength policies, else the built-in ones by id.
 */
export function resolveStrength(view: TenantView, p: CaFacts): StrengthVerdict | null {
  if (p.authenticationStrength === null) return null;
  const { id } = p.authenticationStrength;
  const inline = p.raw.grantControls?.authenticationStrength?.allowedCombinations;
  const pulled: AuthenticationStrengthPolicy[] =
    entraData(view).authenticationStrengthPolicies ?? [];
  const found = id === null ? undefined : pulled.find((s) => lower(s.id) === lower(id));
  const builtIn = id === null ? undefined : BUILT_IN_STRENGTHS[lower(id)];
  const combinations =
    inline && inline.length > 0
      ? inline
      : (found?.allowedCombinations ?? builtIn?.allowedCombinations ?? null);
  const displayName =
    p.authenticationStrength.displayName ?? found?.displayName ?? builtIn?.displayName ?? null;
  if (combinations === null)
    return { id, displayName, allowedCombinations: null, singleFactor: [], multiFactor: false };
  const singleFactor = combinations.filter((c) => !isMultiFactorCombination(c));
  return {
    id,
    displayName,
    allowedCombinations: combinations,
    singleFactor,
    multiFactor: combinations.length > 0 && singleFactor.length === 0,
  };
}

export interface GrantVerdict {
  /** Whether every way to satisfy the grant includes the control. */
  required: boolean;
  /** Whether the control is at least one of the alternatives. */
  offered: boolean;
  /** The alternatives that stand in for it under OR. */
  alternatives: string[];
}

/**
 * Whether the grant demands a control. "Require all the selected controls" (AND) demands each
 * listed control; "Require one of the selected controls" (OR) demands it only when it is the
 * only alternative (Conditional Access: Grant, link above).
 */
function grantDemands(
  p: CaFacts,
  isIt: (alternative: string) => boolean,
  strength: StrengthVerdict | null,
): GrantVerdict {
  const alternatives = [
    ...p.builtInControls,
    ...(p.authenticationStrength === null
      ? []
      : [
          strength?.multiFactor
            ? 'authenticationStrength'
            : `authenticationStrength:${strength?.displayName ?? p.authenticationStrength.id ?? '?'}`,
        ]),
    ...p.otherGrants,
  ];
  const offered = alternatives.some(isIt);
  if (!offered) return { required: false, offered: false, alternatives: [] };
  if (lower(p.operator) === 'and' || alternatives.length === 1)
    return { required: true, offered: true, alternatives: [] };
  const others = alternatives.filter((a) => !isIt(a));
  return { required: others.length === 0, offered: true, alternatives: others };
}

export function mfaGrant(
  view: TenantView,
  p: CaFacts,
): GrantVerdict & { strength: StrengthVerdict | null } {
  const strength = resolveStrength(view, p);
  return {
    ...grantDemands(p, (a) => lower(a) === 'mfa' || a === 'authenticationStrength', strength),
    strength,
  };
}

export function appProtectionGrant(view: TenantView, p: CaFacts): GrantVerdict {
  return grantDemands(p, (a) => lower(a) === 'compliantapplication', resolveStrength(view, p));
}

// ---------------------------------------------------------------------------------------------
// People

/** Resolves emergency-access references and group members once per evaluation. */
export class Population {
  private groups: GroupDirectory | null = null;
  private readonly cache = new Map<string, Person[]>();
  private readonly emergency: Person[];
  private readonly userById = new Map<string, string>();

  constructor(private readonly view: TenantView) {
    const users = entraData(view).users ?? [];
    for (const u of users) {
      if (u.id && u.userPrincipalName) this.userById.set(lower(u.id), lower(u.userPrincipalName));
    }
    this.emergency = view.settings.emergencyAccessAccounts.map((ref) => {
      const want = lower(ref);
      const user = users.find(
        (u) =>
          (u.id && lower(u.id) === want) ||
          (u.userPrincipalName && lower(u.userPrincipalName) === want),
      );
      return user
        ? {
            id: user.id ? lower(user.id) : null,
            upn: user.userPrincipalName ? lower(user.userPrincipalName) : null,
          }
        : want.includes('@')
          ? { id: null, upn: want }
          : { id: want, upn: null };
    });
  }

  members(groupId: string): Person[] {
    let m = this.cache.get(lower(groupId));
    if (!m) {
      this.groups ??= GroupDirectory.of(this.view);
      m = this.groups.members(groupId).people;
      this.cache.set(lower(groupId), m);
    }
    return m;
  }

  groupName(groupId: string): string {
    const g = (entraData(this.view).groups ?? []).find((x) => lower(x.id) === lower(groupId));
    return g?.displayName ?? groupId;
  }

  /** A user reference (object id or UPN) as a person, its UPN looked up when known. */
  person(ref: string): Person {
    const want = lower(ref);
    if (want.includes('@')) return { id: null, upn: want };
    return { id: want, upn: this.userById.get(want) ?? null };
  }

  isEmergency(p: Person): boolean {
    return this.emergency.some(
      (e) => (e.id !== null && e.id === p.id) || (e.upn !== null && e.upn === p.upn),
    );
  }

  same(a: Person, b: Person): boolean {
    return (a.id !== null && a.id === b.id) || (a.upn !== null && a.upn === b.upn);
  }

  /** Whether the policy's user assignment reaches this person (roles and guests are not resolved). */
  reaches(p: CaFacts, person: Person): boolean {
    const inGroups = (ids: string[]) =>
      ids.some((gid) => this.members(gid).some((m) => this.same(m, person)));
    const included =
      targetsAllUsers(p) ||
      p.includeUsers.some((u) => isPerson(person, u) || this.same(this.person(u), person)) ||
      inGroups(p.includeGroups);
    if (!included) return false;
    return !(
      p.excludeUsers.some((u) => isPerson(person, u) || this.same(this.person(u), person)) ||
      inGroups(p.excludeGroups)
    );
  }

  /** The people a policy's exclusions leave out, emergency-access accounts apart. */
  excludedPeople(p: CaFacts): { people: Person[]; groups: string[] } {
    const out: Person[] = [];
    const add = (person: Person) => {
      if (!this.isEmergency(person) && !out.some((o) => this.same(o, person))) out.push(person);
    };
    const groups: string[] = [];
    for (const u of p.excludeUsers) {
      if (lower(u) === 'guestsorexternalusers') continue;
      add(this.person(u));
    }
    for (const g of p.excludeGroups) {
      const before = out.length;
      for (const m of this.members(g)) add(m);
      if (out.length > before) groups.push(this.groupName(g));
    }
    return { people: out, groups };
  }
}

// ---------------------------------------------------------------------------------------------
// Narrowings

const NAMES_SHOWN = 10;
const names = (people: Person[]) => people.slice(0, NAMES_SHOWN).map(personKey);

/** A location condition entry: `All`, `AllTrusted`, or a named location's display name. */
function locationName(view: TenantView, id: string): string {
  if (lower(id) === 'all') return 'All';
  if (lower(id) === 'alltrusted') return 'AllTrusted';
  const locations: NamedLocation[] = entraData(view).namedLocations ?? [];
  return locations.find((l) => lower(l.id) === lower(id))?.displayName ?? id;
}

function trustedLocations(view: TenantView, ids: string[]): string[] {
  const locations: NamedLocation[] = entraData(view).namedLocations ?? [];
  return ids.flatMap((id) => {
    const l = locations.find((x) => lower(x.id) === lower(id));
    return l?.isTrusted === true ? [l.displayName ?? id] : [];
  });
}

export interface ScopeOptions {
  /** Whether anything but all cloud apps narrows (the legacy block: Office 365 is not enough). */
  requireAllApps: boolean;
  /** Platforms the requirement is about (app protection: iOS and Android); null = every one. */
  platforms: readonly string[] | null;
  /** The wave names of rollout groups, by lower-cased group id (their exclusion is called out). */
  waveGroups: Map<string, string>;
}

/**
 * Every condition of the policy that keeps it from reaching the whole population, in a fixed
 * order. Client app types are judged by each check (what they need differs).
 */
export function narrowings(
  view: TenantView,
  people: Population,
  p: CaFacts,
  opts: ScopeOptions,
): Narrowing[] {
  const out: Narrowing[] = [];
  const add = (code: NarrowingCode, params: Narrowing['params']) =>
    out.push({ code, policyId: p.id, policy: p.displayName, params });
  const c = p.raw.conditions!;
  const what = `Conditional Access policy "${p.displayName}"`;

  // Users
  if (!targetsAllUsers(p)) {
    const included: Person[] = [];
    for (const u of p.includeUsers) {
      if (lower(u) !== 'none' && lower(u) !== 'guestsorexternalusers')
        included.push(people.person(u));
    }
    for (const g of p.includeGroups) included.push(...people.members(g));
    add('USERS_NOT_ALL', {
      users: names(included),
      userCount: included.length,
      groups: p.includeGroups.map((g) => people.groupName(g)),
      roles: p.includeRoles,
      guests: c.users?.includeGuestsOrExternalUsers?.guestOrExternalUserTypes ?? '',
    });
  }
  const excluded = people.excludedPeople(p);
  const waves = p.excludeGroups
    .map((g) => opts.waveGroups.get(lower(g)))
    .filter((w): w is string => w !== undefined);
  if (excluded.people.length > 0 || waves.length > 0) {
    add('USERS_EXCLUDED', {
      users: names(excluded.people),
      userCount: excluded.people.length,
      groups: excluded.groups,
      waves,
    });
  }
  if (p.excludeRoles.length > 0) add('ROLES_EXCLUDED', { roles: p.excludeRoles });
  const guests = c.users?.excludeGuestsOrExternalUsers?.guestOrExternalUserTypes;
  if ((guests && lower(guests) !== 'none') || has(p.excludeUsers, 'GuestsOrExternalUsers')) {
    add('GUESTS_EXCLUDED', { types: guests ?? 'all' });
  }

  // Target resources
  if (opts.requireAllApps && !has(p.includeApplications, 'All')) {
    add('APPLICATIONS', { applications: p.includeApplications });
  }
  if (p.excludeApplications.length > 0) {
    add('APPLICATIONS_EXCLUDED', { applications: p.excludeApplications });
  }
  const appFilter = c.applications?.applicationFilter;
  if (appFilter && appFilter.rule) {
    add('APPLICATION_FILTER', { mode: appFilter.mode ?? '', rule: appFilter.rule });
  }

  // Device platforms (null: every platform)
  const platforms = requireKey(c, 'platforms', `${what} conditions`) ?? null;
  if (platforms !== null) {
    const include = (platforms.includePlatforms ?? []).map(lower);
    const exclude = (platforms.excludePlatforms ?? []).map(lower);
    const wanted = opts.platforms?.map(lower) ?? null;
    const narrowed =
      wanted === null
        ? !include.includes('all') || exclude.length > 0
        : wanted.some(
            (w) => !(include.includes('all') || include.includes(w)) || exclude.includes(w),
          );
    if (narrowed) {
      add('PLATFORMS', {
        include: platforms.includePlatforms ?? [],
        exclude: platforms.excludePlatforms ?? [],
      });
    }
  }

  // Locations (null: any location)
  const locations = requireKey(c, 'locations', `${what} conditions`) ?? null;
  if (locations !== null) {
    const include = locations.includeLocations ?? [];
    const exclude = locations.excludeLocations ?? [];
    if (!has(include, 'All') || exclude.length > 0) {
      add('LOCATIONS', {
        include: include.map((l) => locationName(view, l)),
        exclude: exclude.map((l) => locationName(view, l)),
        trusted: trustedLocations(view, [...include, ...exclude]),
      });
    }
  }

  // Risk ([] = any risk)
  const signInRisk = requireKey(c, 'signInRiskLevels', `${what} conditions`) ?? [];
  if (signInRisk.length > 0) add('SIGN_IN_RISK', { levels: signInRisk });
  const userRisk = requireKey(c, 'userRiskLevels', `${what} conditions`) ?? [];
  if (userRisk.length > 0) add('USER_RISK', { levels: userRisk });
  if (c.insiderRiskLevels) add('INSIDER_RISK', { levels: c.insiderRiskLevels.split(',') });

  // Filter for devices (include: only matching devices; exclude: all but them)
  const deviceFilter = c.devices?.deviceFilter;
  if (deviceFilter && deviceFilter.rule) {
    add('DEVICE_FILTER', { mode: deviceFilter.mode ?? '', rule: deviceFilter.rule });
  }

  // Workload identities: a policy on service principals does not govern users' sign-ins.
  const clientApps = c.clientApplications;
  if (
    clientApps &&
    ((clientApps.includeServicePrincipals ?? []).length > 0 ||
      (clientApps.excludeServicePrincipals ?? []).length > 0 ||
      clientApps.servicePrincipalFilter?.rule)
  ) {
    add('CLIENT_APPLICATIONS', {
      include: clientApps.includeServicePrincipals ?? [],
      exclude: clientApps.excludeServicePrincipals ?? [],
    });
  }

  // Authentication flows: the policy applies only to the listed transfer methods.
  const flows = c.authenticationFlows?.transferMethods;
  if (flows && lower(flows) !== 'none') add('AUTHENTICATION_FLOWS', { methods: flows.split(',') });

  return out;
}

/** One narrowing in English (the dashboard shows the translated code and params instead). */
/**
 * A narrowing in words, as a message (the summaries of the ENTRA.CA.* checks nest them); its
 * English rendering is the sentence fragment the summaries have always had.
 */
const narrowingText = checkMessages('CA.NARROWING', {
  nothing: '',
  USERS_NOT_ALL: 'only %{userCount} assigned users (%{users}%{groups}%{roles})',
  users_groups: '; groups %{groups}',
  users_roles: '; roles %{roles}',
  USERS_EXCLUDED:
    'excludes %{userCount} users beyond the emergency-access accounts (%{users})%{groups}%{waves}',
  excluded_groups: ' through the groups %{groups}',
  excluded_waves: ', among them rollout wave %{waves}',
  ROLES_EXCLUDED: 'excludes the roles %{roles}',
  GUESTS_EXCLUDED: 'excludes guests or external users (%{types})',
  APPLICATIONS: 'targets %{applications} instead of all resources',
  APPLICATIONS_EXCLUDED: 'excludes the applications %{applications}',
  APPLICATION_FILTER: 'applies to applications filtered by %{mode} "%{rule}"',
  CLIENT_APP_TYPES: 'client apps only %{clientAppTypes}',
  PLATFORMS: 'device platforms only %{include}%{exclude}',
  except: ' except %{exclude}',
  LOCATIONS: 'locations %{include}%{exclude}',
  location_all: 'all locations',
  location_all_trusted: 'all trusted locations',
  location_trusted: '%{name} (trusted)',
  SIGN_IN_RISK: 'only at sign-in risk %{levels}',
  USER_RISK: 'only at user risk %{levels}',
  INSIDER_RISK: 'only at insider risk %{levels}',
  DEVICE_FILTER: 'a device filter (%{mode} "%{rule}")',
  CLIENT_APPLICATIONS: 'targets workload identities (service principals), not users',
  AUTHENTICATION_FLOWS: 'only for the authentication flows %{methods}',
  policy: '"%{policy}": %{parts:join:; }',
  list: '%{policies:join: / }',
});

export function narrowingMessage(n: Narrowing): Message {
  const p = n.params;
  const list = (v: unknown): MessageParam =>
    Array.isArray(v) ? (v as string[]) : String(v as string | number);
  const some = (v: unknown) => Array.isArray(v) && v.length > 0;
  const { part } = narrowingText;
  switch (n.code) {
    case 'USERS_NOT_ALL':
      return part('USERS_NOT_ALL', {
        userCount: p.userCount as number,
        users: list(p.users),
        groups: some(p.groups) ? part('users_groups', { groups: list(p.groups) }) : part('nothing'),
        roles: some(p.roles) ? part('users_roles', { roles: list(p.roles) }) : part('nothing'),
      });
    case 'USERS_EXCLUDED':
      return part('USERS_EXCLUDED', {
        userCount: p.userCount as number,
        users: list(p.users),
        groups: some(p.groups)
          ? part('excluded_groups', { groups: list(p.groups) })
          : part('nothing'),
        waves: some(p.waves) ? part('excluded_waves', { waves: list(p.waves) }) : part('nothing'),
      });
    case 'ROLES_EXCLUDED':
      return part('ROLES_EXCLUDED', { roles: list(p.roles) });
    case 'GUESTS_EXCLUDED':
      return part('GUESTS_EXCLUDED', { types: list(p.types) });
    case 'APPLICATIONS':
      return part('APPLICATIONS', { applications: list(p.applications) });
    case 'APPLICATIONS_EXCLUDED':
      return part('APPLICATIONS_EXCLUDED', { applications: list(p.applications) });
    case 'APPLICATION_FILTER':
      return part('APPLICATION_FILTER', { mode: String(p.mode), rule: String(p.rule) });
    case 'CLIENT_APP_TYPES':
      return part('CLIENT_APP_TYPES', { clientAppTypes: list(p.clientAppTypes) });
    case 'PLATFORMS':
      return part('PLATFORMS', {
        include: list(p.include),
        exclude: some(p.exclude) ? part('except', { exclude: list(p.exclude) }) : part('nothing'),
      });
    case 'LOCATIONS': {
      const word = (l: string): MessageParam =>
        l === 'All'
          ? part('location_all')
          : l === 'AllTrusted'
            ? part('location_all_trusted')
            : (p.trusted as string[]).includes(l)
              ? part('location_trusted', { name: l })
              : l;
      const include = (p.include as string[]).map(word);
      const exclude = (p.exclude as string[]).map(word);
      return part('LOCATIONS', {
        include,
        exclude: exclude.length ? part('except', { exclude }) : part('nothing'),
      });
    }
    case 'SIGN_IN_RISK':
    case 'USER_RISK':
    case 'INSIDER_RISK':
      return part(n.code, { levels: list(p.levels) });
    case 'DEVICE_FILTER':
      return part('DEVICE_FILTER', { mode: String(p.mode), rule: String(p.rule) });
    case 'CLIENT_APPLICATIONS':
      return part('CLIENT_APPLICATIONS');
    case 'AUTHENTICATION_FLOWS':
      return part('AUTHENTICATION_FLOWS', { methods: list(p.methods) });
  }
}

/** Narrowings grouped by policy, as one message: `"Policy": a; b / "Other": c`. */
export function narrowingsMessage(list: Narrowing[]): Message {
  const byPolicy = new Map<string, Message[]>();
  for (const n of list) {
    const l = byPolicy.get(n.policy) ?? [];
    l.push(narrowingMessage(n));
    byPolicy.set(n.policy, l);
  }
  return narrowingText.part('list', {
    policies: [...byPolicy].map(([policy, parts]) =>
      narrowingText.part('policy', { policy, parts }),
    ),
  });
}

/** Rollout-wave group ids (lower-cased) → wave name. */
export function waveGroupNames(view: TenantView): Map<string, string> {
  return new Map(view.waves.map((w) => [lower(w.groupId), w.name]));
}
