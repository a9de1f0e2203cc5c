import { OFFICES } from './catalog.js';
import { DEPARTMENTS, GIVEN_NAMES, SURNAMES, tenantNaming, type TenantNaming } from './names.js';
import { hash32, rngFor, stableGuid } from './prng.js';
import { isActive, type DayState, type Timeline } from './timeline.js';

export const GRAPH_ROLES = [
  'AuditLog.Read.All',
  'Policy.Read.All',
  'User.Read.All',
  'GroupMember.Read.All',
  'Application.Read.All',
  'Organization.Read.All',
  'DeviceManagementApps.Read.All',
] as const;
export const EXCHANGE_ROLES = ['Exchange.ManageAsApp'] as const;

/** One tenant the emulator serves. */
export interface TenantSpec {
  tenantId: string;
  users: number;
  name?: string;
  domain?: string;
  initialDomain?: string;
  /** Graph application permissions consented in this tenant (default: all of GRAPH_ROLES). */
  graphRoles?: readonly string[];
  /** Exchange application permissions (default: Exchange.ManageAsApp). */
  exchangeRoles?: readonly string[];
}

export type UserKind = 'member' | 'breakGlass' | 'service';
export type MailboxLocation = 'online' | 'onPremises' | 'none';
export type MobileClient =
  'outlookIos' | 'outlookAndroid' | 'iosMail' | 'gmail' | 'samsungEmail' | 'none';
export type ScriptProtocol = 'imap' | 'pop' | 'smtp' | 'none';

/** The few facts about a user that drive everything else; computed for every user up front. */
export interface UserProfile {
  index: number;
  kind: UserKind;
  mailbox: MailboxLocation;
  /** Rollout wave: 1 = pilot, 2, 3; 0 = only the organisation default reaches them. */
  wave: 0 | 1 | 2 | 3;
  /** Wave-3 members who belong through the nested "Wave 3 - Field staff" group. */
  nestedWave3: boolean;
  mobile: MobileClient;
  /** iOS Mail set up with modern auth (iOS Accounts) instead of Basic-auth ActiveSync. */
  iosMailModern: boolean;
  /** An old Outlook for iOS/Android partnership that talks Basic auth straight to on-premises. */
  outlookBasicOnPrem: boolean;
  desktop: boolean;
  script: ScriptProtocol;
  office: number;
}

export interface ScenarioUser extends UserProfile {
  id: string;
  /** As stored in the directory (mixed case); sign-in logs lower-case it. */
  userPrincipalName: string;
  mail: string | null;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mailNickname: string;
  department: string | null;
  jobTitle: string | null;
  officeLocation: string | null;
  usageLocation: string;
  country: string;
  city: string;
  createdDateTime: string;
  /** Synchronised from on-premises AD (hybrid) rather than cloud-only. */
  synced: boolean;
}

export type GroupKey = 'pilot' | 'wave2' | 'wave3' | 'wave3Field' | 'breakGlass' | 'allStaff';

export interface GroupDef {
  key: GroupKey;
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  /** Dynamic groups carry a rule; assigned ones null. */
  membershipRule: string | null;
  createdDateTime: string;
}

export type GroupMember = { type: 'user'; index: number } | { type: 'group'; key: GroupKey };

const SPECIAL_USERS = 4;

/**
 * A tenant's people, mailboxes and groups. Users are derived one by one from
 * (seed, tenant id, index), so a 100,000-user tenant costs only a compact profile per user;
 * full user objects are built on demand.
 */
export class ScenarioTenant {
  readonly tenantId: string;
  readonly seed: number;
  readonly naming: TenantNaming;
  readonly userCount: number;
  readonly graphRoles: readonly string[];
  readonly exchangeRoles: readonly string[];
  readonly profiles: readonly UserProfile[];
  readonly groups: readonly GroupDef[];
  /** Users who join the pilot group late and never get the policy (regression pilotMemberAdded). */
  readonly lateJoiners: readonly number[];
  private readonly groupLists: ReadonlyMap<GroupKey, Int32Array>;
  private readonly userCache = new Map<number, ScenarioUser>();
  private idIndex: Map<string, number> | undefined;
  private readonly nameOrder: { given: readonly string[]; surnames: readonly string[] };

  constructor(
    spec: TenantSpec,
    index: number,
    seed: string,
    readonly timeline: Timeline,
  ) {
    this.tenantId = spec.tenantId.toLowerCase();
    this.seed = hash32(seed, this.tenantId);
    const base = tenantNaming(index);
    this.naming = {
      name: spec.name ?? base.name,
      domain: spec.domain ?? base.domain,
      initialDomain: spec.initialDomain ?? base.initialDomain,
    };
    this.userCount = spec.users;
    this.graphRoles = spec.graphRoles ?? GRAPH_ROLES;
    this.exchangeRoles = spec.exchangeRoles ?? EXCHANGE_ROLES;
    this.nameOrder = {
      given: shuffled(GIVEN_NAMES, this.seed, 'given'),
      surnames: shuffled(SURNAMES, this.seed, 'surnames'),
    };
    this.profiles = buildProfiles(this.seed, spec.users);
    this.lateJoiners = this.profiles
      .filter((p) => p.kind === 'member' && p.wave === 0 && p.mailbox === 'online')
      .slice(0, 3)
      .map((p) => p.index);
    this.groups = this.buildGroups();
    this.groupLists = this.buildGroupLists();
  }

  /** Matches the tenant by GUID or by one of its domains, as Microsoft's endpoints do. */
  matches(tenantRef: string): boolean {
    const ref = tenantRef.toLowerCase();
    return ref === this.tenantId || ref === this.naming.initialDomain || ref === this.naming.domain;
  }

  profile(index: number): UserProfile {
    const p = this.profiles[index];
    if (!p) throw new RangeError(`no user ${index}`);
    return p;
  }

  user(index: number): ScenarioUser {
    const hit = this.userCache.get(index);
    if (hit) return hit;
    const u = this.buildUser(this.profile(index));
    if (this.userCache.size >= 20_000) this.userCache.clear();
    this.userCache.set(index, u);
    return u;
  }

  userById(id: string): ScenarioUser | undefined {
    // Ids are derived from the index; the reverse index is built on first use only.
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0; i < this.userCount; i++) this.idIndex.set(this.userId(i), i);
    }
    const index = this.idIndex.get(id.toLowerCase());
    return index === undefined ? undefined : this.user(index);
  }

  userId(index: number): string {
    return stableGuid(this.seed, 'user-id', index);
  }

  group(key: GroupKey): GroupDef {
    const g = this.groups.find((x) => x.key === key);
    if (!g) throw new Error(`no group ${key}`);
    return g;
  }

  /** Direct members of a group on a given day (users, and nested groups). */
  groupMembers(key: GroupKey, state: DayState): GroupMember[] {
    const list = this.groupLists.get(key) ?? new Int32Array();
    const members: GroupMember[] = Array.from(list, (index) => ({ type: 'user' as const, index }));
    if (key === 'pilot' && isActive(state, 'pilotMemberAdded')) {
      for (const index of this.lateJoiners) members.push({ type: 'user', index });
    }
    if (key === 'wave3') members.push({ type: 'group', key: 'wave3Field' });
    return members;
  }

  isBreakGlass(index: number): boolean {
    return this.profile(index).kind === 'breakGlass';
  }

  private buildUser(p: UserProfile): ScenarioUser {
    const r = rngFor(this.seed, 'user', p.index);
    const office = OFFICES[p.office] ?? OFFICES[0];
    const created = new Date(
      Date.UTC(2016, 0, 1) + r.int(8 * 365) * 86_400_000 + r.int(86_400_000),
    );
    const createdDateTime = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const common = {
      ...p,
      id: this.userId(p.index),
      usageLocation: office?.usageLocation ?? 'JP',
      country: office?.countryOrRegion ?? 'JP',
      city: office?.city ?? 'Tokyo',
      createdDateTime,
    };
    if (p.kind === 'breakGlass') {
      const n = String(p.index + 1).padStart(2, '0');
      return {
        ...common,
        userPrincipalName: `breakglass${n}@${this.naming.initialDomain}`,
        mail: null,
        displayName: `Emergency Access ${n}`,
        givenName: null,
        surname: null,
        mailNickname: `breakglass${n}`,
        department: null,
        jobTitle: null,
        officeLocation: null,
        synced: false,
      };
    }
    if (p.kind === 'service') {
      const [nick, display] =
        p.script === 'smtp'
          ? ['svc-scanner', 'Scanner (SMTP relay)']
          : ['svc-crm-sync', 'CRM mail sync'];
      return {
        ...common,
        userPrincipalName: `${nick}@${this.naming.domain}`,
        mail: `${nick}@${this.naming.domain}`,
        displayName: display,
        givenName: null,
        surname: null,
        mailNickname: nick,
        department: 'IT',
        jobTitle: null,
        officeLocation: office?.city ?? null,
        synced: true,
      };
    }
    const { given, surname, suffix } = this.personName(p.index - SPECIAL_USERS);
    const nick = `${given}.${surname}${suffix}`;
    const [department, titles] = r.pick(DEPARTMENTS);
    return {
      ...common,
      userPrincipalName: `${nick}@${this.naming.domain}`,
      mail: `${nick}@${this.naming.domain}`,
      displayName: `${given} ${surname}`,
      givenName: given,
      surname,
      mailNickname: nick,
      department,
      jobTitle: r.pick(titles),
      officeLocation: office?.city ?? null,
      synced: true,
    };
  }

  /**
   * A unique name per member: an affine permutation of the ordinal spreads name pairs so
   * neighbours do not share a surname; a number is added once every pair is taken.
   */
  private personName(ordinal: number): { given: string; surname: string; suffix: string } {
    const g = this.nameOrder.given;
    const s = this.nameOrder.surnames;
    const pairs = g.length * s.length;
    const round = Math.floor(ordinal / pairs);
    const j = ((((ordinal % pairs) * 1103 + (this.seed % pairs)) % pairs) + pairs) % pairs;
    return {
      given: g[j % g.length] ?? 'User',
      surname: s[Math.floor(j / g.length)] ?? 'Person',
      suffix: round === 0 ? '' : String(round + 1),
    };
  }

  private buildGroups(): GroupDef[] {
    const def = (
      key: GroupKey,
      displayName: string,
      description: string,
      mailNickname: string,
      membershipRule: string | null = null,
    ): GroupDef => ({
      key,
      id: stableGuid(this.seed, 'group', key),
      displayName,
      description,
      mailNickname,
      membershipRule,
      createdDateTime: '2024-03-04T09:12:44Z',
    });
    return [
      def('pilot', 'Pilot wave 1', 'Modern auth rollout: pilot users', 'PilotWave1'),
      def('wave2', 'Wave 2', 'Modern auth rollout: second wave', 'Wave2'),
      def('wave3', 'Wave 3', 'Modern auth rollout: third wave (includes field staff)', 'Wave3'),
      def(
        'wave3Field',
        'Wave 3 - Field staff',
        'Field staff, rolled out with wave 3',
        'Wave3FieldStaff',
      ),
      def(
        'breakGlass',
        'Emergency access accounts',
        'Excluded from every Conditional Access policy',
        'EmergencyAccess',
      ),
      def(
        'allStaff',
        'All employees',
        'Every member account',
        'AllEmployees',
        '(user.userType -eq "Member") and (user.accountEnabled -eq true)',
      ),
    ];
  }

  private buildGroupLists(): Map<GroupKey, Int32Array> {
    const lists = new Map<GroupKey, number[]>();
    const add = (key: GroupKey, i: number) => {
      let l = lists.get(key);
      if (!l) lists.set(key, (l = []));
      l.push(i);
    };
    for (const p of this.profiles) {
      if (p.kind === 'breakGlass') add('breakGlass', p.index);
      if (p.kind !== 'member') continue;
      add('allStaff', p.index);
      if (p.wave === 1) add('pilot', p.index);
      if (p.wave === 2) add('wave2', p.index);
      if (p.wave === 3) add(p.nestedWave3 ? 'wave3Field' : 'wave3', p.index);
    }
    return new Map(Array.from(lists, ([k, v]) => [k, Int32Array.from(v)]));
  }
}

function shuffled(items: readonly string[], seed: number, what: string): string[] {
  const out = [...items];
  const r = rngFor(seed, 'shuffle', what);
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    const a = out[i] as string;
    out[i] = out[j] as string;
    out[j] = a;
  }
  return out;
}

function buildProfiles(seed: number, count: number): UserProfile[] {
  const pilot = 0.02;
  const officeWeights = OFFICES.map((o, i) => [i, o.weight] as const);
  const profiles: UserProfile[] = [];
  for (let index = 0; index < count; index++) {
    if (index < 2) {
      profiles.push(special(index, 'breakGlass', 'none', 'none'));
      continue;
    }
    if (index < SPECIAL_USERS) {
      profiles.push(special(index, 'service', 'online', index === 2 ? 'smtp' : 'imap'));
      continue;
    }
    const r = rngFor(seed, 'profile', index);
    const waveRoll = r.next();
    const wave: UserProfile['wave'] =
      waveRoll < pilot ? 1 : waveRoll < pilot + 0.18 ? 2 : waveRoll < pilot + 0.58 ? 3 : 0;
    const mailbox: MailboxLocation = r.chance(0.3) ? 'onPremises' : 'online';
    const mobile = r.weighted<MobileClient>([
      ['outlookIos', 45],
      ['outlookAndroid', 28],
      ['iosMail', 8],
      ['gmail', 4],
      ['samsungEmail', 4],
      ['none', 11],
    ]);
    const scriptRoll = r.next();
    profiles.push({
      index,
      kind: 'member',
      mailbox,
      wave,
      nestedWave3: wave === 3 && r.chance(0.3),
      mobile,
      iosMailModern: mobile === 'iosMail' && mailbox === 'online' && r.chance(0.5),
      outlookBasicOnPrem:
        mailbox === 'onPremises' &&
        (mobile === 'outlookIos' || mobile === 'outlookAndroid') &&
        r.chance(0.06),
      desktop: r.chance(0.7),
      script:
        scriptRoll < 0.002
          ? 'imap'
          : scriptRoll < 0.003
            ? 'pop'
            : scriptRoll < 0.005
              ? 'smtp'
              : 'none',
      office: r.weighted(officeWeights),
    });
  }
  // At least a handful of pilot users even in the smallest tenant.
  let pilots = profiles.filter((p) => p.wave === 1).length;
  for (const p of profiles) {
    if (pilots >= MIN_PILOT) break;
    if (p.kind === 'member' && p.wave !== 1) {
      p.wave = 1;
      p.nestedWave3 = false;
      pilots++;
    }
  }
  return profiles;
}

const MIN_PILOT = 6;

function special(
  index: number,
  kind: UserKind,
  mailbox: MailboxLocation,
  script: ScriptProtocol,
): UserProfile {
  return {
    index,
    kind,
    mailbox,
    wave: 0,
    nestedWave3: false,
    mobile: 'none',
    iosMailModern: false,
    outlookBasicOnPrem: false,
    desktop: false,
    script,
    office: 0,
  };
}
