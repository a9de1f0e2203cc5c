import type {
  EntraData,
  EntraGroup,
  ExchangeOnlineData,
  ExchangeUser,
  ExoAuthenticationPolicy,
  GroupMember,
  RolloutWaveView,
  TenantView,
} from '../types.js';
import { coverageReason } from './coverage-messages.js';
import type { Message } from './messages.js';
import { exoPolicyBlocksBasic } from './exchange-online.js';
import type { MailboxDirectory } from './mailbox-coverage.js';
import {
  CannotVerify,
  entraData,
  exoData,
  findPolicy,
  lower,
  policyRef,
  requireKey,
  requireList,
  requireObject,
} from './shared.js';

/** A user reached through group membership: an Entra object id and/or a UPN (lower-cased). */
export interface Person {
  id: string | null;
  upn: string | null;
}

export function personKey(p: Person): string {
  return p.upn ?? p.id ?? '(unknown)';
}

const GROUP_TYPE = '#microsoft.graph.group';
const USER_TYPE = '#microsoft.graph.user';

// ---------------------------------------------------------------------------------------------
// Groups

/** The groups of the entra source, by lower-cased id. */
export class GroupDirectory {
  private readonly byId = new Map<string, EntraGroup>();

  constructor(entra: EntraData) {
    for (const g of requireList(entra.groups, 'the Entra group list')) {
      const id = requireKey(g, 'id', 'an Entra group');
      if (typeof id === 'string') this.byId.set(lower(id), g);
    }
  }

  static of(view: TenantView): GroupDirectory {
    return new GroupDirectory(entraData(view));
  }

  has(groupId: string): boolean {
    return this.byId.has(lower(groupId));
  }

  /**
   * Every user in the group, nested groups expanded (each group once, so cycles end), duplicates
   * removed. A group that is not in the snapshot, or lacks its member list, cannot be verified.
   */
  members(groupId: string): { people: Person[]; nestedGroups: string[]; otherMembers: number } {
    const people: Person[] = [];
    const seenIds = new Set<string>();
    const seenUpns = new Set<string>();
    const visited = new Set<string>();
    const nestedGroups: string[] = [];
    let otherMembers = 0;
    const visit = (id: string, via: string | null) => {
      const key = lower(id);
      if (visited.has(key)) return;
      visited.add(key);
      const group = this.byId.get(key);
      if (!group) {
        throw new CannotVerify(
          via === null
            ? `group ${id} is not in the Entra snapshot`
            : `group ${id} (nested in ${via}) is not in the Entra snapshot, so its members are unknown`,
        );
      }
      if (via !== null) nestedGroups.push(group.displayName ?? id);
      const name = group.displayName ?? id;
      for (const m of requireList(group.members, `the member list of group "${name}"`)) {
        const kind = memberKind(m);
        if (kind === 'group') {
          if (!m.id) throw new CannotVerify(`a nested group in "${name}" has no id`);
          if (group.membersTransitive === true) {
            // Graph's transitiveMembers already lists the nested group's users beside it.
            const key = lower(m.id);
            if (!visited.has(key)) {
              visited.add(key);
              const nestedName = (m as { displayName?: unknown }).displayName;
              nestedGroups.push(
                this.byId.get(key)?.displayName ??
                  (typeof nestedName === 'string' ? nestedName : m.id),
              );
            }
            continue;
          }
          visit(m.id, name);
        } else if (kind === 'other') {
          otherMembers += 1;
        } else {
          const person = toPerson(m, name);
          if ((person.id && seenIds.has(person.id)) || (person.upn && seenUpns.has(person.upn)))
            continue;
          if (person.id) seenIds.add(person.id);
          if (person.upn) seenUpns.add(person.upn);
          people.push(person);
        }
      }
    };
    visit(groupId, null);
    return { people, nestedGroups, otherMembers };
  }
}

function memberKind(m: GroupMember): 'user' | 'group' | 'other' {
  const type = m['@odata.type'];
  if (type === undefined || type === null || lower(type) === USER_TYPE) return 'user';
  return lower(type) === GROUP_TYPE ? 'group' : 'other';
}

function toPerson(m: GroupMember, groupName: string): Person {
  const id = typeof m.id === 'string' && m.id.trim() !== '' ? lower(m.id) : null;
  const upn =
    typeof m.userPrincipalName === 'string' && m.userPrincipalName.trim() !== ''
      ? lower(m.userPrincipalName)
      : null;
  if (!id && !upn)
    throw new CannotVerify(
      `a member of group "${groupName}" has neither an id nor a userPrincipalName`,
    );
  return { id, upn };
}

/** True when the person is the user with this id or UPN (both compared case-insensitively). */
export function isPerson(p: Person, idOrUpn: string): boolean {
  const want = lower(idOrUpn);
  return p.id === want || p.upn === want;
}

// ---------------------------------------------------------------------------------------------
// Exchange Online users and their effective policy

export interface EffectivePolicy {
  source: 'user' | 'organizationDefault' | 'none';
  name: string | null;
  policy: ExoAuthenticationPolicy | null;
}

export interface UncoveredUser {
  userPrincipalName: string;
  reason: string;
  /** The reason as a message (coverage-messages.ts). */
  reasonMessage: Message;
  effectivePolicy: string | null;
  policySource: EffectivePolicy['source'] | 'noExchangeUser';
}

export interface Coverage {
  members: number;
  covered: number;
  uncovered: UncoveredUser[];
}

/** Exchange Online users joined to people, and whether their effective policy blocks Basic. */
export class ExoDirectory {
  private readonly users: ExchangeUser[];
  private readonly policies: ExoAuthenticationPolicy[];
  private index: {
    byObjectId: Map<string, ExchangeUser>;
    byUpn: Map<string, ExchangeUser>;
  } | null = null;
  private orgDefault: EffectivePolicy | null = null;

  constructor(private readonly exo: ExchangeOnlineData) {
    this.users = requireList(exo.users, 'Get-User output');
    this.policies = requireList(exo.authenticationPolicies, 'Get-AuthenticationPolicy output');
  }

  static of(view: TenantView): ExoDirectory {
    return new ExoDirectory(exoData(view));
  }

  allUsers(): readonly ExchangeUser[] {
    return this.users;
  }

  /** Joined on ExternalDirectoryObjectId = member id, else on lower-cased UPN. */
  find(person: Person): ExchangeUser | undefined {
    const { byObjectId, byUpn } = this.buildIndex();
    return (
      (person.id ? byObjectId.get(person.id) : undefined) ??
      (person.upn ? byUpn.get(person.upn) : undefined)
    );
  }

  private buildIndex() {
    if (this.index) return this.index;
    const byObjectId = new Map<string, ExchangeUser>();
    const byUpn = new Map<string, ExchangeUser>();
    for (const u of this.users) {
      const upn = requireKey(u, 'UserPrincipalName', 'an Exchange Online user');
      const objectId = requireKey(u, 'ExternalDirectoryObjectId', `Exchange Online user "${upn}"`);
      if (
        typeof objectId === 'string' &&
        objectId.trim() !== '' &&
        !byObjectId.has(lower(objectId))
      ) {
        byObjectId.set(lower(objectId), u);
      }
      if (typeof upn === 'string' && !byUpn.has(lower(upn))) byUpn.set(lower(upn), u);
    }
    this.index = { byObjectId, byUpn };
    return this.index;
  }

  /** The organization default, read only when some user needs it. */
  organizationDefault(): EffectivePolicy {
    if (this.orgDefault) return this.orgDefault;
    const org = requireObject(this.exo.organizationConfig, 'Get-OrganizationConfig output');
    const ref = policyRef(
      requireKey(org, 'DefaultAuthenticationPolicy', 'Get-OrganizationConfig output'),
    );
    this.orgDefault =
      ref === null
        ? { source: 'none', name: null, policy: null }
        : {
            source: 'organizationDefault',
            name: ref,
            policy: findPolicy(
              this.policies,
              ref,
              'OrganizationConfig.DefaultAuthenticationPolicy',
            ),
          };
    return this.orgDefault;
  }

  /** The user's own AuthenticationPolicy if set, else the organization default. */
  effectivePolicy(user: ExchangeUser): EffectivePolicy {
    const upn = user.UserPrincipalName ?? '(no UPN)';
    const own = policyRef(
      requireKey(user, 'AuthenticationPolicy', `Exchange Online user "${upn}"`),
    );
    if (own !== null) {
      return {
        source: 'user',
        name: own,
        policy: findPolicy(this.policies, own, `the AuthenticationPolicy of user "${upn}"`),
      };
    }
    return this.organizationDefault();
  }

  /** Covered = the effective policy blocks Basic for Autodiscover, ActiveSync and Outlook Service. */
  uncoveredReason(user: ExchangeUser): UncoveredUser | null {
    const eff = this.effectivePolicy(user);
    if (eff.policy && exoPolicyBlocksBasic(eff.policy)) return null;
    const upn = lower(user.UserPrincipalName ?? '');
    const why =
      eff.source === 'user'
        ? coverageReason('exo_own_policy_allows', { policy: eff.name })
        : eff.source === 'organizationDefault'
          ? coverageReason('exo_default_allows', { policy: eff.name })
          : coverageReason('exo_no_policy');
    return { userPrincipalName: upn, ...why, effectivePolicy: eff.name, policySource: eff.source };
  }

  coverageOf(people: readonly Person[]): Coverage {
    const uncovered: UncoveredUser[] = [];
    for (const person of people) {
      const user = this.find(person);
      if (!user) {
        uncovered.push({
          userPrincipalName: personKey(person),
          ...coverageReason('exo_no_user'),
          effectivePolicy: null,
          policySource: 'noExchangeUser',
        });
        continue;
      }
      const miss = this.uncoveredReason(user);
      if (miss) uncovered.push(miss);
    }
    return { members: people.length, covered: people.length - uncovered.length, uncovered };
  }
}

// ---------------------------------------------------------------------------------------------
// Waves

/** The pilot: the wave with the lowest order (ties broken by planned date, then id, so it is stable). */
export function pilotWave(waves: readonly RolloutWaveView[]): RolloutWaveView | null {
  const sorted = [...waves].sort(
    (a, b) =>
      a.order - b.order ||
      (a.plannedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) -
        (b.plannedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) ||
      a.id.localeCompare(b.id),
  );
  return sorted[0] ?? null;
}

export function waveSummary(w: RolloutWaveView) {
  return {
    id: w.id,
    name: w.name,
    groupId: w.groupId,
    order: w.order,
    plannedAt: w.plannedAt?.toISOString() ?? null,
  };
}

/** Members of a wave's group, judged where each one's mailbox lives (mailbox-coverage.ts). */
export function waveCoverage(
  groups: GroupDirectory,
  mailboxes: MailboxDirectory,
  wave: RolloutWaveView,
) {
  if (!groups.has(wave.groupId)) {
    throw new CannotVerify(
      `wave "${wave.name}" names group ${wave.groupId}, which is not in the Entra snapshot`,
    );
  }
  const { people, nestedGroups, otherMembers } = groups.members(wave.groupId);
  return { ...mailboxes.coverageOf(people), nestedGroups, otherMembers };
}
