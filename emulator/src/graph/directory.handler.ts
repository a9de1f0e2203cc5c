import { immutableIdOf, onPremObjectGuid } from '../scenario/anchors.js';
import { createHash } from 'node:crypto';
import { authorize } from '../auth/access.js';
import type { RequestContext } from '../http/context.js';
import { GraphError } from '../http/errors.js';
import { GRAPH_JSON, sendJson } from '../http/respond.js';
import type { EmulatorRuntime, TenantRuntime } from '../runtime.js';
import {
  authenticationStrengthPolicies,
  conditionalAccessPolicies,
  namedLocations,
  securityDefaultsPolicy,
} from '../scenario/conditional-access.js';
import { managedAppProtections, type MamPlatform } from '../scenario/app-protection.js';
import type {
  GroupDef,
  GroupKey,
  GroupMember,
  ScenarioTenant,
  ScenarioUser,
} from '../scenario/tenant.js';
import {
  badSkipToken,
  decodeSkipToken,
  encodeSkipToken,
  nextLink,
  parseSelect,
  parseTop,
  pick,
  rejectUnsupported,
} from './paging.js';

/** The properties GET /users returns without $select (Graph v1.0's default set). */
const DEFAULT_USER_FIELDS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

const LANGUAGE: Readonly<Record<string, string>> = {
  JP: 'ja-JP',
  TW: 'zh-TW',
  US: 'en-US',
  GB: 'en-GB',
  SG: 'en-SG',
};

export function graphUser(t: ScenarioTenant, u: ScenarioUser): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: u.officeLocation,
    preferredLanguage: u.kind === 'member' ? (LANGUAGE[u.country] ?? 'en-US') : null,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
    accountEnabled: true,
    city: u.kind === 'member' ? u.city : null,
    companyName: u.kind === 'member' ? t.naming.name : null,
    country: u.kind === 'member' ? u.country : null,
    createdDateTime: u.createdDateTime,
    department: u.department,
    employeeId: null,
    mailNickname: u.mailNickname,
    onPremisesDomainName: u.synced ? `corp.${t.naming.domain}` : null,
    // The on-premises objectGUID (on-premises Get-User `Guid`) as Entra Connect writes it.
    onPremisesImmutableId: u.synced ? immutableIdOf(onPremObjectGuid(t.seed, u.index)) : null,
    onPremisesSamAccountName: u.synced ? u.mailNickname.slice(0, 20) : null,
    onPremisesSyncEnabled: u.synced ? true : null,
    onPremisesUserPrincipalName: u.synced ? u.userPrincipalName : null,
    proxyAddresses: u.mail
      ? [`SMTP:${u.mail}`, `smtp:${u.mailNickname}@${t.naming.initialDomain}`]
      : [],
    usageLocation: u.usageLocation,
    userType: 'Member',
  };
}

const USER_FIELDS: ReadonlySet<string> = new Set([
  ...DEFAULT_USER_FIELDS,
  'accountEnabled',
  'city',
  'companyName',
  'country',
  'createdDateTime',
  'department',
  'employeeId',
  'mailNickname',
  'onPremisesDomainName',
  'onPremisesImmutableId',
  'onPremisesSamAccountName',
  'onPremisesSyncEnabled',
  'onPremisesUserPrincipalName',
  'proxyAddresses',
  'usageLocation',
  'userType',
]);

export function graphGroup(g: GroupDef): Record<string, unknown> {
  const dynamic = g.membershipRule !== null;
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: g.createdDateTime,
    creationOptions: [],
    description: g.description,
    displayName: g.displayName,
    expirationDateTime: null,
    groupTypes: dynamic ? ['DynamicMembership'] : [],
    isAssignableToRole: null,
    mail: null,
    mailEnabled: false,
    mailNickname: g.mailNickname,
    membershipRule: g.membershipRule,
    membershipRuleProcessingState: dynamic ? 'On' : null,
    onPremisesDomainName: null,
    onPremisesLastSyncDateTime: null,
    onPremisesNetBiosName: null,
    onPremisesSamAccountName: null,
    onPremisesSecurityIdentifier: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    proxyAddresses: [],
    renewedDateTime: g.createdDateTime,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: [],
    securityEnabled: true,
    securityIdentifier: `S-1-12-1-${g.id
      .replace(/-/g, '')
      .match(/.{8}/g)
      ?.map((h) => parseInt(h, 16))
      .join('-')}`,
    theme: null,
    visibility: null,
    onPremisesProvisioningErrors: [],
    serviceProvisioningErrors: [],
  };
}

const GROUP_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(
    graphGroup({
      key: 'pilot',
      id: '00000000-0000-0000-0000-000000000000',
      displayName: '',
      description: '',
      mailNickname: '',
      membershipRule: null,
      createdDateTime: '',
    }),
  ),
);

interface ListToken {
  v: 1;
  t: string;
  k: string;
  f: string;
  o: number;
}

interface LazyList {
  length: number;
  at(i: number): Record<string, unknown>;
}

/**
 * Serves one page of a list with offset paging behind an opaque $skiptoken. The `repeat` fault
 * starts a continuation page a few items early.
 */
function sendPage(
  rt: EmulatorRuntime,
  ctx: RequestContext,
  tr: TenantRuntime,
  list: LazyList,
  opts: {
    kind: string;
    context: string;
    pageSize: number;
    maxPageSize: number;
    select: string[] | null;
  },
): void {
  const url = ctx.url;
  const top = parseTop(url.searchParams.get('$top'), opts.pageSize, opts.maxPageSize);
  const fingerprint = createHash('sha256')
    .update(`${opts.kind}\n${url.searchParams.get('$select') ?? ''}`)
    .digest('base64url')
    .slice(0, 16);
  let offset = 0;
  const raw = url.searchParams.get('$skiptoken');
  if (raw !== null) {
    const token = decodeSkipToken<ListToken>(rt.pagingKey, raw, badSkipToken);
    if (
      token.v !== 1 ||
      token.t !== tr.tenant.tenantId ||
      token.k !== opts.kind ||
      token.f !== fingerprint
    )
      throw badSkipToken();
    offset = ctx.fault.repeat ? Math.max(0, token.o - 3) : token.o;
  }
  const end = Math.min(list.length, offset + top);
  const value: Array<Record<string, unknown>> = [];
  for (let i = offset; i < end; i++) {
    const item = list.at(i);
    const type = item['@odata.type'];
    const picked = pick(item, opts.select);
    value.push(type !== undefined && opts.select ? { '@odata.type': type, ...picked } : picked);
  }
  const body: Record<string, unknown> = { '@odata.context': `${ctx.origin}/${opts.context}` };
  if (end < list.length) {
    body['@odata.nextLink'] = nextLink(
      ctx.origin,
      url,
      encodeSkipToken(rt.pagingKey, {
        v: 1,
        t: tr.tenant.tenantId,
        k: opts.kind,
        f: fingerprint,
        o: end,
      } satisfies ListToken),
    );
  }
  body.value = value;
  sendJson(ctx, 200, body, {}, GRAPH_JSON);
}

const USER_ROLES = ['User.Read.All', 'User.ReadBasic.All', 'Directory.Read.All'] as const;
const GROUP_ROLES = ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] as const;

function version(ctx: RequestContext): string {
  return ctx.params.version ?? 'v1.0';
}

function contextWithSelect(base: string, select: string[] | null): string {
  return select ? `${base}(${select.join(',')})` : base;
}

/** `GET /v1.0/users`. */
export async function usersHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const tr = authorize(rt, ctx, { audience: 'graph', roles: USER_ROLES });
  rejectUnsupported(ctx.url, ['$top', '$skiptoken', '$select'], 'users');
  const select = parseSelect(ctx.url.searchParams.get('$select'), USER_FIELDS, 'user') ?? [
    ...DEFAULT_USER_FIELDS,
  ];
  const t = tr.tenant;
  sendPage(
    rt,
    ctx,
    tr,
    { length: t.userCount, at: (i) => graphUser(t, t.user(i)) },
    {
      kind: 'users',
      context: `${version(ctx)}/$metadata#${contextWithSelect('users', ctx.url.searchParams.has('$select') ? select : null)}`,
      pageSize: 100,
      maxPageSize: 999,
      select,
    },
  );
}

/** `GET /v1.0/users/{id|upn}`. */
export async function userHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const tr = authorize(rt, ctx, { audience: 'graph', roles: USER_ROLES });
  rejectUnsupported(ctx.url, ['$select'], 'users');
  const select = parseSelect(ctx.url.searchParams.get('$select'), USER_FIELDS, 'user') ?? [
    ...DEFAULT_USER_FIELDS,
  ];
  const ref = (ctx.params.id ?? '').toLowerCase();
  const t = tr.tenant;
  let user = t.userById(ref);
  if (!user) {
    for (let i = 0; i < t.userCount && !user; i++)
      if (t.user(i).userPrincipalName.toLowerCase() === ref) user = t.user(i);
  }
  if (!user) throw notFound(ctx.params.id ?? '');
  sendJson(
    ctx,
    200,
    {
      '@odata.context': `${ctx.origin}/${version(ctx)}/$metadata#users/$entity`,
      ...pick(graphUser(t, user), select),
    },
    {},
    GRAPH_JSON,
  );
}

/** `GET /v1.0/groups`. */
export async function groupsHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const tr = authorize(rt, ctx, { audience: 'graph', roles: GROUP_ROLES });
  rejectUnsupported(ctx.url, ['$top', '$skiptoken', '$select'], 'groups');
  const select = parseSelect(ctx.url.searchParams.get('$select'), GROUP_FIELDS, 'group');
  const groups = tr.tenant.groups;
  sendPage(
    rt,
    ctx,
    tr,
    { length: groups.length, at: (i) => graphGroup(groups[i] as GroupDef) },
    {
      kind: 'groups',
      context: `${version(ctx)}/$metadata#${contextWithSelect('groups', select)}`,
      pageSize: 100,
      maxPageSize: 999,
      select,
    },
  );
}

function findGroup(tr: TenantRuntime, id: string): GroupDef {
  const g = tr.tenant.groups.find((x) => x.id === id.toLowerCase());
  if (!g) throw notFound(id);
  return g;
}

function notFound(id: string): GraphError {
  return new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** `GET /v1.0/groups/{id}`. */
export async function groupHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  const tr = authorize(rt, ctx, { audience: 'graph', roles: GROUP_ROLES });
  rejectUnsupported(ctx.url, ['$select'], 'groups');
  const select = parseSelect(ctx.url.searchParams.get('$select'), GROUP_FIELDS, 'group');
  const g = findGroup(tr, ctx.params.id ?? '');
  sendJson(
    ctx,
    200,
    {
      '@odata.context': `${ctx.origin}/${version(ctx)}/$metadata#groups/$entity`,
      ...pick(graphGroup(g), select),
    },
    {},
    GRAPH_JSON,
  );
}

/** `GET /v1.0/groups/{id}/members` and `/transitiveMembers`: users, and nested groups by @odata.type. */
export async function membersHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
  transitive: boolean,
): Promise<void> {
  const tr = authorize(rt, ctx, { audience: 'graph', roles: GROUP_ROLES });
  rejectUnsupported(ctx.url, ['$top', '$skiptoken', '$select'], 'members');
  const select = parseSelect(
    ctx.url.searchParams.get('$select'),
    new Set([...USER_FIELDS, ...GROUP_FIELDS]),
    'directoryObject',
  );
  const g = findGroup(tr, ctx.params.id ?? '');
  const t = tr.tenant;
  const state = t.timeline.stateAt(rt.clock.now());
  const members: GroupMember[] = [];
  const walk = (key: GroupKey, seen: Set<GroupKey>) => {
    for (const m of t.groupMembers(key, state)) {
      members.push(m);
      if (transitive && m.type === 'group' && !seen.has(m.key)) {
        seen.add(m.key);
        walk(m.key, seen);
      }
    }
  };
  walk(g.key, new Set([g.key]));
  const render = (m: GroupMember): Record<string, unknown> =>
    m.type === 'user'
      ? {
          '@odata.type': '#microsoft.graph.user',
          ...pick(graphUser(t, t.user(m.index)), DEFAULT_USER_FIELDS),
        }
      : { '@odata.type': '#microsoft.graph.group', ...graphGroup(t.group(m.key)) };
  sendPage(
    rt,
    ctx,
    tr,
    { length: members.length, at: (i) => render(members[i] as GroupMember) },
    {
      kind: `${transitive ? 'transitive' : 'members'}:${g.id}`,
      context: `${version(ctx)}/$metadata#directoryObjects`,
      pageSize: 100,
      maxPageSize: 999,
      select,
    },
  );
}

/** `GET /v1.0/identity/conditionalAccess/policies`. */
export async function conditionalAccessHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
): Promise<void> {
  const tr = authorize(rt, ctx, {
    audience: 'graph',
    roles: ['Policy.Read.All', 'Policy.Read.ConditionalAccess'],
  });
  rejectUnsupported(ctx.url, ['$top', '$skiptoken'], 'identity/conditionalAccess/policies');
  const policies = conditionalAccessPolicies(tr.tenant, tr.tenant.timeline.stateAt(rt.clock.now()));
  sendPage(
    rt,
    ctx,
    tr,
    {
      length: policies.length,
      at: (i) => {
        const p = policies[i];
        if (!p) return {};
        const { grantControls, ...rest } = p;
        return {
          ...rest,
          grantControls: grantControls && {
            ...grantControls,
            'authenticationStrength@odata.context': `${ctx.origin}/${version(ctx)}/$metadata#identity/conditionalAccess/policies('${p.id}')/grantControls/authenticationStrength/$entity`,
          },
        };
      },
    },
    {
      kind: 'ca',
      context: `${version(ctx)}/$metadata#identity/conditionalAccess/policies`,
      pageSize: 100,
      maxPageSize: 999,
      select: null,
    },
  );
}

function sendList(
  rt: EmulatorRuntime,
  ctx: RequestContext,
  tr: TenantRuntime,
  items: Array<Record<string, unknown>>,
  kind: string,
  context: string,
): void {
  rejectUnsupported(ctx.url, ['$top', '$skiptoken'], context);
  sendPage(
    rt,
    ctx,
    tr,
    { length: items.length, at: (i) => items[i] ?? {} },
    {
      kind,
      context: `${version(ctx)}/$metadata#${context}`,
      pageSize: 100,
      maxPageSize: 999,
      select: null,
    },
  );
}

/** `GET /v1.0/identity/conditionalAccess/namedLocations`. */
export async function namedLocationsHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
): Promise<void> {
  const tr = authorize(rt, ctx, {
    audience: 'graph',
    roles: ['Policy.Read.All', 'Policy.Read.ConditionalAccess'],
  });
  sendList(
    rt,
    ctx,
    tr,
    namedLocations(tr.tenant),
    'namedLocations',
    'identity/conditionalAccess/namedLocations',
  );
}

/** `GET /v1.0/identity/conditionalAccess/authenticationStrength/policies` (and `/policies/authenticationStrengthPolicies`). */
export async function authenticationStrengthsHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
): Promise<void> {
  const tr = authorize(rt, ctx, {
    audience: 'graph',
    roles: ['Policy.Read.All', 'Policy.Read.AuthenticationMethod'],
  });
  sendList(
    rt,
    ctx,
    tr,
    authenticationStrengthPolicies(tr.tenant),
    'authStrengths',
    'identity/conditionalAccess/authenticationStrength/policies',
  );
}

/** `GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy`: one object, not a page. */
export async function securityDefaultsHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
): Promise<void> {
  authorize(rt, ctx, { audience: 'graph', roles: ['Policy.Read.All'] });
  sendJson(
    ctx,
    200,
    {
      '@odata.context': `${ctx.origin}/${version(ctx)}/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity`,
      ...securityDefaultsPolicy(),
    },
    {},
    GRAPH_JSON,
  );
}

const MAM_EXPANDABLE = ['apps', 'assignments'] as const;

/**
 * `GET /v1.0/deviceAppManagement/iosManagedAppProtections` and `…/androidManagedAppProtections`
 * ("List iosManagedAppProtections", https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list):
 * permission DeviceManagementApps.Read.All (or ReadWrite.All). `apps` and `assignments` are
 * navigation properties: returned only when `$expand` names them.
 */
export async function managedAppProtectionsHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
  platform: MamPlatform,
): Promise<void> {
  const tr = authorize(rt, ctx, {
    audience: 'graph',
    roles: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  });
  const resource = `deviceAppManagement/${platform}ManagedAppProtections`;
  rejectUnsupported(ctx.url, ['$top', '$skiptoken', '$expand'], resource);
  const expand = new Set<string>();
  for (const raw of (ctx.url.searchParams.get('$expand') ?? '').split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (!(MAM_EXPANDABLE as readonly string[]).includes(name)) {
      throw new GraphError(
        400,
        'BadRequest',
        `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.${platform}ManagedAppProtection'.`,
      );
    }
    expand.add(name);
  }
  const policies = managedAppProtections(
    tr.tenant,
    tr.tenant.timeline.stateAt(rt.clock.now()),
    platform,
  );
  sendPage(
    rt,
    ctx,
    tr,
    {
      length: policies.length,
      at: (i) => {
        const p = policies[i];
        if (!p) return {};
        const { apps, assignments, ...rest } = p;
        return {
          ...rest,
          ...(expand.has('apps')
            ? {
                'apps@odata.context': `${ctx.origin}/${version(ctx)}/$metadata#${resource}('${p.id}')/apps`,
                apps,
              }
            : {}),
          ...(expand.has('assignments')
            ? {
                'assignments@odata.context': `${ctx.origin}/${version(ctx)}/$metadata#${resource}('${p.id}')/assignments`,
                assignments: assignments.map((a) => ({
                  '@odata.type': '#microsoft.graph.targetedManagedAppPolicyAssignment',
                  ...a,
                })),
              }
            : {}),
        };
      },
    },
    {
      kind: `mam:${platform}:${[...expand].sort().join(',')}`,
      context: `${version(ctx)}/$metadata#${resource}${expand.size > 0 ? `(${[...expand].join(',')}())` : ''}`,
      pageSize: 100,
      maxPageSize: 999,
      select: null,
    },
  );
}
