import { checksReading } from '../checks/settings-read.js';
import type {
  ConditionalAccessPolicy,
  EntraData,
  ExchangeOnlineData,
  ExchangeOnPremisesData,
  SnapshotSourceName,
} from '../checks/types.js';
import { AUTH_FLAG, isObj, lowerKey, policyLabel, str, userLabel } from './snapshot-diff.js';

/**
 * A stored snapshot as sections for people: each watched list or group of settings (the ones
 * drift compares, snapshot-diff.ts) as one table whose columns are codes the web translates and
 * whose cells are the values as read (cmdlet and Graph values are not translated). Pure: the API
 * serves it as `Snapshot.sections`, the dashboard only draws it.
 *
 * A source the snapshot does not carry has no sections; a list that a carried source lacks is a
 * section with `read: false` (a collector that did not send it), never an empty table that reads
 * as "none".
 */

export const SNAPSHOT_SECTION_KINDS = [
  'EXO_ORGANIZATION',
  'EXO_AUTHENTICATION_POLICIES',
  'EXO_USER_ASSIGNMENTS',
  'EXO_SMTP_MAILBOXES',
  'ONPREM_ORGANIZATION',
  'ONPREM_AUTHENTICATION_POLICIES',
  'ONPREM_USER_ASSIGNMENTS',
  'ACTIVESYNC_ORGANIZATION',
  'ACTIVESYNC_DEVICE_ACCESS_RULES',
  'EXCHANGE_SERVERS',
  'HMA_AUTH_SERVERS',
  'HMA_VIRTUAL_DIRECTORIES',
  'CONDITIONAL_ACCESS_POLICIES',
  'NAMED_LOCATIONS',
  'SECURITY_DEFAULTS',
  'EXCHANGE_SERVICE_PRINCIPAL',
] as const;
export type SnapshotSectionKind = (typeof SNAPSHOT_SECTION_KINDS)[number];

/** Rows of a section unless more are asked for, and the most one answer gives. */
export const SECTION_ROWS_DEFAULT = 50;
export const SECTION_ROWS_MAX = 500;

export interface SnapshotSectionRow {
  /** The row's identity within the section (a policy's name, a user's UPN, a setting's name). */
  key: string;
  /** One cell per column, as text (null: no value). Lists are joined with ", ". */
  cells: (string | null)[];
}

export interface SnapshotSection {
  kind: SnapshotSectionKind;
  source: SnapshotSourceName;
  /** Where the section's data sits in the snapshot, e.g. `exchangeOnline.authenticationPolicies`. */
  path: string;
  /** False when the source is carried but this list or object is not (a blind spot). */
  read: boolean;
  /** Column codes (`name`, `allowed`, `blocked`, …); the web translates them. */
  columns: string[];
  /** How many rows the section has. */
  total: number;
  /** The rows from `offset`, at most `limit`. */
  rows: SnapshotSectionRow[];
  /** The checks that read the settings in this section (settings-read.ts). */
  checkIds: string[];
}

export interface SectionPage {
  limit?: number;
  offset?: number;
  /** Only these sections (all when absent). */
  kinds?: readonly SnapshotSectionKind[];
}

type Obj = Record<string, unknown>;
type Cell = string | null;

/** The sections of a stored snapshot body (`snapshots.raw`), in a fixed order. */
export function snapshotSections(raw: unknown, page: SectionPage = {}): SnapshotSection[] {
  const limit = clamp(page.limit ?? SECTION_ROWS_DEFAULT, 0, SECTION_ROWS_MAX);
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const body = isObj(raw) ? raw : {};
  const all: Draft[] = [];
  if (isObj(body.exchangeOnline)) all.push(...exchangeOnline(body.exchangeOnline));
  if (isObj(body.exchangeOnPremises)) all.push(...onPremises(body.exchangeOnPremises));
  if (isObj(body.entra)) all.push(...entra(body.entra));
  const wanted = page.kinds ? new Set(page.kinds) : null;
  return all
    .filter((d) => wanted === null || wanted.has(d.kind))
    .map((d) => ({
      kind: d.kind,
      source: d.source,
      path: d.path,
      read: d.rows !== null,
      columns: d.columns,
      total: d.rows?.length ?? 0,
      rows: (d.rows ?? []).slice(offset, offset + limit),
      checkIds: checksReading(d.path),
    }));
}

interface Draft {
  kind: SnapshotSectionKind;
  source: SnapshotSourceName;
  path: string;
  columns: string[];
  /** null: not read. */
  rows: SnapshotSectionRow[] | null;
}

// ---------------------------------------------------------------------------------------------
// Exchange

/** `AllowBasicAuthPop` → `Pop`; `BlockLegacyAuthActiveSync` → `ActiveSync`. */
const protocolOf = (field: string) => field.replace(AUTH_FLAG, '');

/**
 * The protocols a policy lets Basic (legacy) authentication through and the ones it blocks,
 * read from its AllowBasicAuth* (Exchange Online) or BlockLegacyAuth* (on-premises) switches; a
 * switch that is null or absent is neither.
 */
function protocols(policy: Obj): { allowed: string[]; blocked: string[] } {
  const allowed: string[] = [];
  const blocked: string[] = [];
  for (const [field, value] of Object.entries(policy)) {
    if (!AUTH_FLAG.test(field) || typeof value !== 'boolean') continue;
    const allows = field.startsWith('AllowBasicAuth') ? value : !value;
    (allows ? allowed : blocked).push(protocolOf(field));
  }
  return { allowed: allowed.sort(), blocked: blocked.sort() };
}

function organization(
  source: SnapshotSourceName,
  kind: SnapshotSectionKind,
  path: string,
  settings: Array<[string, unknown, string]>,
): Draft {
  // Each setting with where it was read from; a setting whose object is absent is not listed.
  const rows = settings
    .filter(([, holder]) => isObj(holder))
    .map(([name, holder, field]) => ({
      key: name,
      cells: [name, cellOf((holder as Obj)[field])],
    }));
  return {
    kind,
    source,
    path,
    columns: ['setting', 'value'],
    rows: rows.length > 0 ? rows : null,
  };
}

function authPolicies(
  source: SnapshotSourceName,
  kind: SnapshotSectionKind,
  path: string,
  list: unknown,
  users: unknown,
  orgDefault: unknown,
): Draft {
  const assigned = new Map<string, number>();
  if (Array.isArray(users)) {
    for (const u of users.filter(isObj)) {
      const name = lowerKey(u.AuthenticationPolicy);
      if (name) assigned.set(name, (assigned.get(name) ?? 0) + 1);
    }
  }
  const defaultName = lowerKey(orgDefault);
  return {
    kind,
    source,
    path,
    columns: ['name', 'allowed', 'blocked', 'orgDefault', 'assignedUsers'],
    rows: Array.isArray(list)
      ? list.filter(isObj).map((p) => {
          const { allowed, blocked } = protocols(p);
          const name = lowerKey(p.Name) ?? '';
          return {
            key: policyLabel(p),
            cells: [
              policyLabel(p),
              joined(allowed),
              joined(blocked),
              defaultName === null ? null : cellOf(name === defaultName),
              Array.isArray(users) ? String(assigned.get(name) ?? 0) : null,
            ],
          };
        })
      : null,
  };
}

function assignments(
  source: SnapshotSourceName,
  kind: SnapshotSectionKind,
  path: string,
  users: unknown,
  orgDefault: unknown,
): Draft {
  return {
    kind,
    source,
    path,
    columns: ['user', 'policy', 'effectivePolicy', 'recipientType'],
    rows: Array.isArray(users)
      ? users.filter(isObj).map((u) => {
          const own = str(u.AuthenticationPolicy);
          return {
            key: userLabel(u),
            cells: [userLabel(u), own, own ?? str(orgDefault), str(u.RecipientTypeDetails)],
          };
        })
      : null,
  };
}

function exchangeOnline(d: ExchangeOnlineData & Obj): Draft[] {
  const src = 'exchangeOnline';
  const org = d.organizationConfig;
  return [
    organization(src, 'EXO_ORGANIZATION', `${src}.organizationConfig`, [
      ['DefaultAuthenticationPolicy', org, 'DefaultAuthenticationPolicy'],
      ['OAuth2ClientProfileEnabled', org, 'OAuth2ClientProfileEnabled'],
      ['SmtpClientAuthenticationDisabled', d.transportConfig, 'SmtpClientAuthenticationDisabled'],
    ]),
    authPolicies(
      src,
      'EXO_AUTHENTICATION_POLICIES',
      `${src}.authenticationPolicies`,
      d.authenticationPolicies,
      d.users,
      org?.DefaultAuthenticationPolicy,
    ),
    assignments(
      src,
      'EXO_USER_ASSIGNMENTS',
      `${src}.users`,
      d.users,
      org?.DefaultAuthenticationPolicy,
    ),
    {
      kind: 'EXO_SMTP_MAILBOXES',
      source: src,
      path: `${src}.casMailboxes`,
      columns: ['user', 'smtpClientAuthenticationDisabled'],
      rows: Array.isArray(d.casMailboxes)
        ? d.casMailboxes.map((m) => ({
            key: str(m.UserPrincipalName) ?? '?',
            cells: [str(m.UserPrincipalName), cellOf(m.SmtpClientAuthenticationDisabled)],
          }))
        : null,
    },
  ];
}

function onPremises(d: ExchangeOnPremisesData & Obj): Draft[] {
  const src = 'exchangeOnPremises';
  const org = d.organizationConfig;
  return [
    organization(src, 'ONPREM_ORGANIZATION', `${src}.organizationConfig`, [
      ['DefaultAuthenticationPolicy', org, 'DefaultAuthenticationPolicy'],
      ['OAuth2ClientProfileEnabled', org, 'OAuth2ClientProfileEnabled'],
    ]),
    authPolicies(
      src,
      'ONPREM_AUTHENTICATION_POLICIES',
      `${src}.authenticationPolicies`,
      d.authenticationPolicies,
      d.users,
      org?.DefaultAuthenticationPolicy,
    ),
    assignments(
      src,
      'ONPREM_USER_ASSIGNMENTS',
      `${src}.users`,
      d.users,
      org?.DefaultAuthenticationPolicy,
    ),
    organization(src, 'ACTIVESYNC_ORGANIZATION', `${src}.activeSyncOrganizationSettings`, [
      ['DefaultAccessLevel', d.activeSyncOrganizationSettings, 'DefaultAccessLevel'],
    ]),
    {
      kind: 'ACTIVESYNC_DEVICE_ACCESS_RULES',
      source: src,
      path: `${src}.activeSyncDeviceAccessRules`,
      columns: ['name', 'characteristic', 'queryString', 'accessLevel'],
      rows: Array.isArray(d.activeSyncDeviceAccessRules)
        ? d.activeSyncDeviceAccessRules.map((r) => {
            const name = str(r.Name) ?? `${String(r.QueryString)} (${String(r.Characteristic)})`;
            return {
              key: name,
              cells: [name, cellOf(r.Characteristic), cellOf(r.QueryString), cellOf(r.AccessLevel)],
            };
          })
        : null,
    },
    {
      kind: 'EXCHANGE_SERVERS',
      source: src,
      path: `${src}.exchangeServers`,
      columns: ['name', 'version', 'role'],
      rows: Array.isArray(d.exchangeServers)
        ? d.exchangeServers.map((s) => ({
            key: str(s.Name) ?? '?',
            cells: [str(s.Name), cellOf(s.AdminDisplayVersion), cellOf(s.ServerRole)],
          }))
        : null,
    },
    {
      kind: 'HMA_AUTH_SERVERS',
      source: src,
      path: `${src}.authServers`,
      columns: ['name', 'type', 'enabled', 'defaultEndpoint'],
      rows: Array.isArray(d.authServers)
        ? d.authServers.map((s) => ({
            key: str(s.Name) ?? '?',
            cells: [
              str(s.Name),
              cellOf(s.Type),
              cellOf(s.Enabled),
              cellOf(s.IsDefaultAuthorizationEndpoint),
            ],
          }))
        : null,
    },
    {
      kind: 'HMA_VIRTUAL_DIRECTORIES',
      source: src,
      path: `${src}.virtualDirectories`,
      columns: ['server', 'directory', 'oauth', 'externalUrl'],
      rows: Array.isArray(d.virtualDirectories)
        ? d.virtualDirectories.map((v) => ({
            key: `${v.Server}/${v.Kind}`,
            cells: [v.Server, v.Kind, cellOf(v.OAuthAuthentication), cellOf(v.ExternalUrl)],
          }))
        : null,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Entra ID

/** Graph's special values in user and application lists, kept as Graph writes them. */
function namer(d: EntraData): (id: string) => string {
  const names = new Map<string, string>();
  for (const g of d.groups ?? []) if (g.displayName) names.set(g.id.toLowerCase(), g.displayName);
  for (const u of d.users ?? [])
    if (u.id && u.userPrincipalName) names.set(u.id.toLowerCase(), u.userPrincipalName);
  for (const l of d.namedLocations ?? [])
    if (l.displayName) names.set(l.id.toLowerCase(), l.displayName);
  const sp = d.exchangeServicePrincipal;
  if (sp?.appId) names.set(sp.appId.toLowerCase(), sp.displayName ?? sp.appId);
  return (id) => names.get(id.toLowerCase()) ?? id;
}

/** `+ a, b − c`: what a condition includes and excludes, ids named where the snapshot can. */
function scope(
  name: (id: string) => string,
  include: Array<string[] | undefined>,
  exclude: Array<string[] | undefined>,
): Cell {
  const inc = include.flatMap((l) => l ?? []).map(name);
  const exc = exclude.flatMap((l) => l ?? []).map(name);
  if (include.every((l) => l === undefined) && exclude.every((l) => l === undefined)) return null;
  return [
    ...(inc.length > 0 ? [`+ ${inc.join(', ')}`] : []),
    ...(exc.length > 0 ? [`− ${exc.join(', ')}`] : []),
  ].join(' ');
}

function grantOf(p: ConditionalAccessPolicy): Cell {
  const g = p.grantControls;
  if (g === undefined) return null;
  if (g === null) return '';
  const parts = [
    ...(g.builtInControls ?? []),
    ...(g.authenticationStrength
      ? [
          `authenticationStrength: ${g.authenticationStrength.displayName ?? g.authenticationStrength.id ?? '?'}`,
        ]
      : []),
    ...(g.termsOfUse ?? []).map((t) => `termsOfUse: ${t}`),
    ...(g.customAuthenticationFactors ?? []).map((f) => `customFactor: ${f}`),
  ];
  return parts.length > 1 ? parts.join(` ${g.operator ?? 'OR'} `) : (parts[0] ?? '');
}

/** Conditions besides users, apps and client app types that narrow the policy. */
function otherConditions(p: ConditionalAccessPolicy, name: (id: string) => string): Cell {
  const c = p.conditions;
  if (!c) return null;
  const parts: string[] = [];
  const platforms = scope(name, [c.platforms?.includePlatforms], [c.platforms?.excludePlatforms]);
  if (platforms) parts.push(`platforms ${platforms}`);
  const locations = scope(name, [c.locations?.includeLocations], [c.locations?.excludeLocations]);
  if (locations) parts.push(`locations ${locations}`);
  for (const k of ['signInRiskLevels', 'userRiskLevels', 'servicePrincipalRiskLevels'] as const) {
    const v = c[k];
    if (v && v.length > 0) parts.push(`${k}: ${v.join(', ')}`);
  }
  if (c.insiderRiskLevels) parts.push(`insiderRiskLevels: ${c.insiderRiskLevels}`);
  if (c.devices?.deviceFilter?.rule)
    parts.push(`deviceFilter ${c.devices.deviceFilter.mode ?? ''}: ${c.devices.deviceFilter.rule}`);
  if (c.authenticationFlows?.transferMethods)
    parts.push(`authenticationFlows: ${c.authenticationFlows.transferMethods}`);
  return parts.join('; ');
}

function entra(d: EntraData & Obj): Draft[] {
  const src = 'entra';
  const name = namer(d);
  const ca = d.conditionalAccessPolicies;
  const spns = d.exchangeServicePrincipal?.servicePrincipalNames;
  return [
    {
      kind: 'CONDITIONAL_ACCESS_POLICIES',
      source: src,
      path: `${src}.conditionalAccessPolicies`,
      columns: ['name', 'state', 'users', 'applications', 'clientAppTypes', 'grant', 'conditions'],
      rows: Array.isArray(ca)
        ? ca.map((p) => {
            const u = p.conditions?.users;
            const a = p.conditions?.applications;
            const label = p.displayName ?? p.id ?? '?';
            return {
              key: p.id ?? label,
              cells: [
                label,
                cellOf(p.state),
                u
                  ? scope(
                      name,
                      [u.includeUsers, u.includeGroups, u.includeRoles],
                      [u.excludeUsers, u.excludeGroups, u.excludeRoles],
                    )
                  : null,
                a
                  ? scope(
                      name,
                      [a.includeApplications, a.includeUserActions],
                      [a.excludeApplications],
                    )
                  : null,
                p.conditions?.clientAppTypes ? joined(p.conditions.clientAppTypes) : null,
                grantOf(p),
                otherConditions(p, name),
              ],
            };
          })
        : null,
    },
    {
      kind: 'NAMED_LOCATIONS',
      source: src,
      path: `${src}.namedLocations`,
      columns: ['name', 'trusted', 'ranges'],
      rows: Array.isArray(d.namedLocations)
        ? d.namedLocations.map((l) => ({
            key: l.id,
            cells: [
              l.displayName ?? l.id,
              cellOf(l.isTrusted),
              joined([
                ...(l.ipRanges ?? []).map((r) => r.cidrAddress ?? '?'),
                ...(l.countriesAndRegions ?? []),
              ]),
            ],
          }))
        : null,
    },
    organization(src, 'SECURITY_DEFAULTS', `${src}.securityDefaults`, [
      ['isEnabled', d.securityDefaults, 'isEnabled'],
    ]),
    {
      kind: 'EXCHANGE_SERVICE_PRINCIPAL',
      source: src,
      path: `${src}.exchangeServicePrincipal`,
      columns: ['servicePrincipalName'],
      rows: Array.isArray(spns) ? spns.map((n) => ({ key: n, cells: [n] })) : null,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  // PowerShell writes booleans as True and False; they are shown the same way everywhere.
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return joined(v);
  return JSON.stringify(v);
}

function joined(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(Number.isFinite(n) ? n : min)));
}
