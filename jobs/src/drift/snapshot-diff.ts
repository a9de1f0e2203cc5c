import { renderEnglish, type Message } from '../checks/catalogue/messages.js';
import { checksReading } from '../checks/settings-read.js';
import { driftMessage } from './drift-messages.js';
import type {
  ConditionalAccessPolicy,
  EntraData,
  EntraGroup,
  ExchangeOnlineData,
  ExchangeOnPremisesData,
  GroupMember,
  ManagedAppProtection,
  NamedLocation,
  SnapshotSourceName,
} from '../checks/types.js';

/**
 * Drift: every watched setting compared between two consecutive snapshots of one source
 * (docs/architecture.md, "Drift"). Pure: no clock, no I/O.
 *
 * Objects in lists are matched by identity (a policy's Guid, else its Name; a CA policy's id; a
 * rule's Name; a virtual directory's Server and Kind), never by position, and lists of plain
 * values are compared as sets: a reordered list is not drift. A list or field that one side lacks
 * is not compared: a collector that stopped sending it is a blind spot, which the checks report
 * as ERROR, not a change of setting. Cost is linear in the size of both snapshots (maps by key).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** ADDED and REMOVED are whole objects (a policy, a rule, a group member); CHANGED a setting. */
export type DriftKind = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface DriftChange {
  source: SnapshotSourceName;
  /** Stable: `exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync`. */
  path: string;
  kind: DriftKind;
  /** The value before (null when ADDED). */
  before: Json;
  /** The value after (null when REMOVED). */
  after: Json;
  /** One line for people: `excludeGroups + Finance − HR`, `AllowBasicAuthPop: false → true`. */
  summary: string;
  /**
   * The same line as a message (drift-messages.ts), for the web to word in the reader's language;
   * null for events stored before messages existed.
   */
  message: Message | null;
  /** The checks that read this setting (checks/settings-read.ts). */
  checkIds: string[];
}

export interface SourceData {
  exchangeOnline: ExchangeOnlineData;
  exchangeOnPremises: ExchangeOnPremisesData;
  entra: EntraData;
}

export interface DiffContext {
  /** entra.groups[].id of the tenant's rollout waves: their membership is watched. */
  waveGroupIds: readonly string[];
}

type Obj = Record<string, unknown>;

/** Compares one source of two snapshots; the changes come in a stable order. */
export function diffSource<S extends SnapshotSourceName>(
  source: S,
  before: SourceData[S],
  after: SourceData[S],
  ctx: DiffContext = { waveGroupIds: [] },
): DriftChange[] {
  const out = new Changes(source);
  switch (source) {
    case 'exchangeOnline':
      diffExchangeOnline(out, before as ExchangeOnlineData, after as ExchangeOnlineData);
      break;
    case 'exchangeOnPremises':
      diffOnPremises(out, before as ExchangeOnPremisesData, after as ExchangeOnPremisesData);
      break;
    case 'entra':
      diffEntra(out, before as EntraData, after as EntraData, ctx);
      break;
  }
  return out.list;
}

// ---------------------------------------------------------------------------------------------
// Sources

/** The Basic/legacy authentication switches of an authentication policy (per protocol). */
export const AUTH_FLAG = /^(AllowBasicAuth|BlockLegacyAuth)/;
const policyKeys = [
  (p: Obj) => lowerKey(p.Guid),
  (p: Obj) => lowerKey(p.Name),
  (p: Obj) => lowerKey(p.Identity),
];
export const policyLabel = (p: Obj) => str(p.Name) ?? str(p.Guid) ?? str(p.Identity) ?? '?';
const userKeys = [
  (u: Obj) => lowerKey(u.ExternalDirectoryObjectId),
  (u: Obj) => lowerKey(u.UserPrincipalName),
];
export const userLabel = (u: Obj) =>
  str(u.UserPrincipalName) ?? str(u.ExternalDirectoryObjectId) ?? '?';

function authPolicies(out: Changes, path: string, before: unknown, after: unknown): void {
  out.collection(path, before, after, {
    keys: policyKeys,
    label: policyLabel,
    project: (p) => ({ Name: p.Name ?? null, ...pick(p, keysMatching(p, AUTH_FLAG)) }),
    compare: (at, b, a) => {
      // Matched by Guid, a policy can be renamed; Exchange names are case-insensitive.
      if (lowerKey(b.Name) !== lowerKey(a.Name)) out.value(`${at}.Name`, b.Name, a.Name);
      for (const k of union(keysMatching(b, AUTH_FLAG), keysMatching(a, AUTH_FLAG)))
        out.value(`${at}.${k}`, b[k], a[k]);
    },
  });
}

function diffExchangeOnline(out: Changes, b: ExchangeOnlineData, a: ExchangeOnlineData): void {
  const src = 'exchangeOnline';
  out.fields(`${src}.organizationConfig`, b.organizationConfig, a.organizationConfig, [
    'DefaultAuthenticationPolicy',
    'OAuth2ClientProfileEnabled',
  ]);
  authPolicies(
    out,
    `${src}.authenticationPolicies`,
    b.authenticationPolicies,
    a.authenticationPolicies,
  );
  out.collection(`${src}.users`, b.users, a.users, {
    keys: userKeys,
    label: userLabel,
    project: (u) => ({ AuthenticationPolicy: (u.AuthenticationPolicy as Json) ?? null }),
    compare: (at, bu, au) =>
      out.value(`${at}.AuthenticationPolicy`, bu.AuthenticationPolicy, au.AuthenticationPolicy),
  });
  out.fields(`${src}.transportConfig`, b.transportConfig, a.transportConfig, [
    'SmtpClientAuthenticationDisabled',
  ]);
  out.collection(`${src}.casMailboxes`, b.casMailboxes, a.casMailboxes, {
    keys: [(m) => lowerKey(m.UserPrincipalName)],
    label: (m) => str(m.UserPrincipalName) ?? '?',
    project: (m) => pick(m, ['SmtpClientAuthenticationDisabled']),
    compare: (at, bm, am) =>
      out.value(
        `${at}.SmtpClientAuthenticationDisabled`,
        bm.SmtpClientAuthenticationDisabled,
        am.SmtpClientAuthenticationDisabled,
      ),
  });
}

const RULE_FIELDS = ['Characteristic', 'QueryString', 'AccessLevel'];
const SERVER_FIELDS = ['Type', 'Enabled', 'IsDefaultAuthorizationEndpoint'];
const VDIR_AUTH = /auth/i;

function diffOnPremises(out: Changes, b: ExchangeOnPremisesData, a: ExchangeOnPremisesData): void {
  const src = 'exchangeOnPremises';
  out.fields(`${src}.organizationConfig`, b.organizationConfig, a.organizationConfig, [
    'DefaultAuthenticationPolicy',
    'OAuth2ClientProfileEnabled',
  ]);
  authPolicies(
    out,
    `${src}.authenticationPolicies`,
    b.authenticationPolicies,
    a.authenticationPolicies,
  );
  out.collection(`${src}.users`, b.users, a.users, {
    keys: userKeys,
    label: userLabel,
    project: (u) => ({ AuthenticationPolicy: (u.AuthenticationPolicy as Json) ?? null }),
    compare: (at, bu, au) =>
      out.value(`${at}.AuthenticationPolicy`, bu.AuthenticationPolicy, au.AuthenticationPolicy),
  });
  out.fields(
    `${src}.activeSyncOrganizationSettings`,
    b.activeSyncOrganizationSettings,
    a.activeSyncOrganizationSettings,
    ['DefaultAccessLevel'],
  );
  out.collection(
    `${src}.activeSyncDeviceAccessRules`,
    b.activeSyncDeviceAccessRules,
    a.activeSyncDeviceAccessRules,
    {
      // A rule created by New-ActiveSyncDeviceAccessRule is named "<QueryString> (<Characteristic>)".
      keys: [
        (r) => lowerKey(r.Name),
        (r) =>
          lowerKey(
            r.Characteristic && r.QueryString
              ? `${String(r.Characteristic)}:${String(r.QueryString)}`
              : null,
          ),
      ],
      label: (r) => str(r.Name) ?? `${String(r.QueryString)} (${String(r.Characteristic)})`,
      project: (r) => pick(r, RULE_FIELDS),
      compare: (at, br, ar) => out.fields(at, br, ar, RULE_FIELDS),
    },
  );
  out.collection(`${src}.authServers`, b.authServers, a.authServers, {
    keys: [(s) => lowerKey(s.Name)],
    label: (s) => str(s.Name) ?? '?',
    project: (s) => pick(s, SERVER_FIELDS),
    compare: (at, bs, as) => out.fields(at, bs, as, SERVER_FIELDS),
  });
  out.collection(`${src}.virtualDirectories`, b.virtualDirectories, a.virtualDirectories, {
    keys: [(d) => lowerKey(`${String(d.Server)}/${String(d.Kind)}`)],
    label: (d) => `${String(d.Server)}/${String(d.Kind)}`,
    project: (d) => pick(d, keysMatching(d, VDIR_AUTH)),
    compare: (at, bd, ad) =>
      out.fields(at, bd, ad, union(keysMatching(bd, VDIR_AUTH), keysMatching(ad, VDIR_AUTH))),
  });
}

/** The parts of a named location compared (what a location condition resolves to). */
const NAMED_LOCATION_PARTS = [
  'displayName',
  'isTrusted',
  'ipRanges',
  'countriesAndRegions',
  'includeUnknownCountriesAndRegions',
] as const;

/**
 * What an app protection policy is judged by: its apps (bundle id or package id) and its
 * assignment targets (`<@odata.type>` or `<@odata.type>:<groupId>`), plain strings so that a
 * reordered list is no drift and a change reads as a set difference.
 */
function appProtectionParts(p: ManagedAppProtection): {
  displayName: string | null;
  apps: string[] | undefined;
  assignments: string[] | undefined;
} {
  return {
    displayName: p.displayName ?? null,
    apps: p.apps?.map(
      (x) => x.mobileAppIdentifier?.bundleId ?? x.mobileAppIdentifier?.packageId ?? String(x.id),
    ),
    assignments: p.assignments?.map((x) => {
      const type = (x.target?.['@odata.type'] ?? '').replace('#microsoft.graph.', '');
      return x.target?.groupId ? `${type}:${x.target.groupId}` : type;
    }),
  };
}

/** The parts of a Conditional Access policy compared field by field. */
const CA_PARTS = ['state', 'conditions', 'grantControls'] as const;

function diffEntra(out: Changes, b: EntraData, a: EntraData, ctx: DiffContext): void {
  const src = 'entra';
  // Names for the ids in set differences ("excludeGroups + Finance"), either snapshot's.
  for (const d of [b, a]) {
    for (const g of d.groups ?? []) if (g.displayName) out.names.set(lower(g.id), g.displayName);
    for (const u of d.users ?? [])
      if (u.id && u.userPrincipalName) out.names.set(lower(u.id), u.userPrincipalName);
    for (const p of d.conditionalAccessPolicies ?? [])
      if (p.id && p.displayName) out.names.set(lower(p.id), p.displayName);
  }
  out.collection(
    `${src}.conditionalAccessPolicies`,
    b.conditionalAccessPolicies,
    a.conditionalAccessPolicies,
    {
      keys: [(p) => lowerKey(p.id), (p) => lowerKey(p.displayName)],
      label: (p) => str(p.id) ?? str(p.displayName) ?? '?',
      title: (p) => str(p.displayName) ?? str(p.id) ?? '?',
      project: (p: ConditionalAccessPolicy) => ({
        displayName: p.displayName ?? null,
        ...pick(p, CA_PARTS),
      }),
      compare: (at, bp, ap) => {
        for (const k of CA_PARTS) out.deep(`${at}.${k}`, bp[k], ap[k]);
      },
      describe: (p, kind) =>
        driftMessage(kind === 'ADDED' ? 'ca_policy_added' : 'ca_policy_removed', {
          name: String(p.displayName ?? p.id),
        }),
    },
  );
  // What the policies refer to: Security Defaults, named locations (trusted or not).
  out.fields(`${src}.securityDefaults`, b.securityDefaults, a.securityDefaults, ['isEnabled']);
  out.collection(`${src}.namedLocations`, b.namedLocations, a.namedLocations, {
    keys: [(l) => lowerKey(l.id)],
    label: (l) => String(l.id),
    title: (l) => str(l.displayName) ?? String(l.id),
    project: (l: NamedLocation) => pick(l, NAMED_LOCATION_PARTS),
    compare: (at, bl, al) => {
      for (const k of NAMED_LOCATION_PARTS) out.deep(`${at}.${k}`, bl[k], al[k]);
    },
    describe: (l, kind) =>
      driftMessage(kind === 'ADDED' ? 'named_location_added' : 'named_location_removed', {
        name: String(l.displayName ?? l.id),
      }),
  });
  // Intune app protection: which apps each policy holds and whom it is assigned to, as sets.
  for (const list of ['iosManagedAppProtections', 'androidManagedAppProtections'] as const) {
    out.collection(`${src}.${list}`, b[list], a[list], {
      keys: [(p) => lowerKey(p.id)],
      label: (p) => String(p.id),
      title: (p) => str(p.displayName) ?? String(p.id),
      project: appProtectionParts,
      compare: (at, bp, ap) => {
        const before = appProtectionParts(bp);
        const after = appProtectionParts(ap);
        for (const k of ['displayName', 'apps', 'assignments'] as const)
          out.deep(`${at}.${k}`, before[k], after[k]);
      },
      describe: (p, kind) =>
        driftMessage(kind === 'ADDED' ? 'app_protection_added' : 'app_protection_removed', {
          name: String(p.displayName ?? p.id),
        }),
    });
  }
  if (b.groups === undefined || a.groups === undefined) return;
  const watched = watchedGroups(ctx.waveGroupIds, [b.groups, a.groups]);
  if (watched.size === 0) return;
  const pickWatched = (gs: EntraGroup[]) => gs.filter((g) => watched.has(lower(g.id)));
  out.collection(`${src}.groups`, pickWatched(b.groups), pickWatched(a.groups), {
    keys: [(g) => lowerKey(g.id)],
    label: (g) => String(g.id),
    project: (g: EntraGroup) => ({
      displayName: g.displayName ?? null,
      members: g.members?.length ?? null,
    }),
    compare: (at, bg, ag) =>
      out.collection(`${at}.members`, bg.members, ag.members, {
        keys: [(m) => lowerKey(m.id), (m) => lowerKey(m.userPrincipalName)],
        label: (m) => str(m.id) ?? str(m.userPrincipalName) ?? '?',
        project: (m: GroupMember) => pick(m, ['id', 'userPrincipalName', '@odata.type']),
        compare: () => {},
        describe: (m: GroupMember, kind) =>
          driftMessage(kind === 'ADDED' ? 'member_added' : 'member_removed', {
            member: m.userPrincipalName ?? out.name(m.id ?? '?'),
            group: String(ag.displayName ?? ag.id),
          }),
      }),
  });
}

/** The wave groups and every group nested in them, in either snapshot (lower-cased ids). */
function watchedGroups(waveGroupIds: readonly string[], snapshots: EntraGroup[][]): Set<string> {
  const byId = new Map<string, EntraGroup[]>();
  for (const groups of snapshots)
    for (const g of groups) byId.set(lower(g.id), [...(byId.get(lower(g.id)) ?? []), g]);
  const seen = new Set<string>();
  const todo = waveGroupIds.map(lower);
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const g of byId.get(id) ?? [])
      for (const m of g.members ?? [])
        if (m.id && /group/i.test(m['@odata.type'] ?? '')) todo.push(lower(m.id));
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
// The comparison machinery

interface CollectionRules<T extends Obj> {
  /** Identities tried in turn: a pair matched by the first is not matched again by the next. */
  keys: Array<(item: T) => string | null>;
  label: (item: T) => string;
  /** The watched fields of an added or removed object (what the event stores). */
  project: (item: T) => Obj;
  compare: (path: string, before: T, after: T) => void;
  describe?: (item: T, kind: 'ADDED' | 'REMOVED') => Message;
  /** How summaries of its settings name the object (default: its label). */
  title?: (item: T) => string;
}

class Changes {
  readonly list: DriftChange[] = [];
  /** Display names of ids (groups, users, policies) for summaries. */
  readonly names = new Map<string, string>();
  /** The object whose settings are being compared, named in their summaries. */
  private within: string | null = null;

  constructor(private readonly source: SnapshotSourceName) {}

  name(id: string): string {
    return this.names.get(lower(id)) ?? id;
  }

  private push(path: string, kind: DriftKind, before: unknown, after: unknown, said: Message) {
    const message =
      kind === 'CHANGED' && this.within
        ? driftMessage('within', { within: this.within, change: said })
        : said;
    this.list.push({
      source: this.source,
      path,
      kind,
      before: toJson(before),
      after: toJson(after),
      summary: renderEnglish(message),
      message,
      checkIds: checksReading(path),
    });
  }

  /** One setting: skipped when either side lacks it; plain-value lists compared as sets. */
  value(path: string, before: unknown, after: unknown): void {
    if (before === undefined || after === undefined) return;
    const field = lastSegment(path);
    if (isPlainList(before) && isPlainList(after)) {
      const b = new Set(before.map(canonical));
      const a = new Set(after.map(canonical));
      const added = after.filter((v) => !b.has(canonical(v)));
      const removed = before.filter((v) => !a.has(canonical(v)));
      if (added.length === 0 && removed.length === 0) return;
      const names = (vs: unknown[]) =>
        vs.map((v) => (typeof v === 'string' ? this.name(v) : canonical(v)));
      const parts = [
        ...(added.length > 0 ? [`+ ${names(added).join(', ')}`] : []),
        ...(removed.length > 0 ? [`− ${names(removed).join(', ')}`] : []),
      ];
      this.push(
        path,
        'CHANGED',
        before,
        after,
        driftMessage('list', { field, changes: parts.join(' ') }),
      );
      return;
    }
    if (canonical(before) === canonical(after)) return;
    this.push(
      path,
      'CHANGED',
      before,
      after,
      driftMessage('setting', { field, before: show(before), after: show(after) }),
    );
  }

  /** Named fields of an object present on both sides. */
  fields(path: string, before: unknown, after: unknown, keys: readonly string[]): void {
    if (!isObj(before) || !isObj(after)) return;
    for (const k of keys) this.value(`${path}.${k}`, before[k], after[k]);
  }

  /** Objects compared field by field, at any depth (Conditional Access conditions and grants). */
  deep(path: string, before: unknown, after: unknown): void {
    if (isObj(before) && isObj(after)) {
      for (const k of union(Object.keys(before), Object.keys(after)))
        this.deep(`${path}.${k}`, before[k], after[k]);
    } else {
      this.value(path, before, after);
    }
  }

  /** A list of objects matched by identity; added and removed objects are changes too. */
  collection<T extends Obj>(
    path: string,
    before: unknown,
    after: unknown,
    rules: CollectionRules<T>,
  ): void {
    if (!Array.isArray(before) || !Array.isArray(after)) return;
    const { pairs, removed, added } = pairUp(before as T[], after as T[], rules.keys);
    const at = (item: T) => `${path}[${escapeLabel(rules.label(item))}]`;
    const collectionName = lastSegment(path);
    for (const b of removed)
      this.push(
        at(b),
        'REMOVED',
        rules.project(b),
        undefined,
        rules.describe?.(b, 'REMOVED') ??
          driftMessage('removed', { collection: collectionName, label: rules.label(b) }),
      );
    for (const a of added)
      this.push(
        at(a),
        'ADDED',
        undefined,
        rules.project(a),
        rules.describe?.(a, 'ADDED') ??
          driftMessage('added', { collection: collectionName, label: rules.label(a) }),
      );
    const outer = this.within;
    for (const [b, a] of pairs) {
      this.within = (rules.title ?? rules.label)(a);
      rules.compare(at(a), b, a);
    }
    this.within = outer;
  }
}

/**
 * Pairs the objects of two lists by identity, key by key, in linear time. Among objects with the
 * same key (a collector listing a policy twice) the first pairs with the first.
 */
export function pairUp<T>(
  before: readonly T[],
  after: readonly T[],
  keys: ReadonlyArray<(item: T) => string | null>,
): { pairs: Array<[T, T]>; removed: T[]; added: T[] } {
  let restBefore = [...before];
  let restAfter = [...after];
  const pairs: Array<[T, T]> = [];
  for (const key of keys) {
    const waiting = new Map<string, T[]>();
    for (const b of restBefore) {
      const k = key(b);
      if (k !== null) waiting.set(k, [...(waiting.get(k) ?? []), b]);
    }
    const matched = new Set<T>();
    const unmatched: T[] = [];
    for (const a of restAfter) {
      const k = key(a);
      const b = k === null ? undefined : waiting.get(k)?.shift();
      if (b === undefined) unmatched.push(a);
      else {
        pairs.push([b, a]);
        matched.add(b);
      }
    }
    restBefore = restBefore.filter((b) => !matched.has(b));
    restAfter = unmatched;
  }
  return { pairs, removed: restBefore, added: restAfter };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function lower(s: string): string {
  return s.toLowerCase();
}

export function lowerKey(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : null;
}

export function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPlainList(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
}

function keysMatching(o: Obj, re: RegExp): string[] {
  return Object.keys(o).filter((k) => re.test(k));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function pick(o: Obj, keys: readonly string[]): Obj {
  const r: Obj = {};
  for (const k of keys) if (o[k] !== undefined) r[k] = o[k];
  return r;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** `]` and `\` inside an identity are escaped, so a path always splits back the same way. */
export function escapeLabel(label: string): string {
  return label.replace(/[\\\]]/g, (c) => `\\${c}`);
}

/** JSON with sorted keys: equal values, equal text. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    isObj(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );
}

function toJson(v: unknown): Json {
  return v === undefined ? null : (JSON.parse(JSON.stringify(v)) as Json);
}

function show(v: unknown): string {
  const s = v === undefined ? 'absent' : canonical(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
