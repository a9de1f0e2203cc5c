import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { operationRules, RESOLVERS } from '@posture/api';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  REPO,
  startApp,
  type RunningApp,
} from '../support/app-process.js';

/**
 * The authorization matrix (issue 13, item 3): every root query and mutation of api/schema.graphql
 * × every role (VIEWER, ANALYST, ADMIN — each limited to tenant A —, a COLLECTOR token for A, no
 * token) × own tenant (A) and another tenant (B). The expected outcome of each case comes from
 * REQUIRES below, the one table of who may run what, written from docs/api.md: a role below the
 * requirement is FORBIDDEN, no token is UNAUTHENTICATED, a COLLECTOR may run nothing here (it
 * only pushes). Where a role is allowed, tenant B's data must answer exactly like data that does
 * not exist (the same errors and data once ids are masked). An operation in the schema without an
 * entry here fails the suite, and so does an entry the resolvers' decorators disagree with.
 * Prints `authz cases: N, passed: N`.
 */
type Requirement = 'PUBLIC' | 'VIEWER' | 'ANALYST' | 'ADMIN';

/** docs/api.md: VIEWER reads; ANALYST runs checks, manages waivers and alerts; ADMIN the rest. */
const REQUIRES: Readonly<Record<string, Requirement>> = {
  login: 'PUBLIC',
  logout: 'VIEWER',
  // Reading: any signed-in role but COLLECTOR.
  Alert: 'VIEWER',
  allAlerts: 'VIEWER',
  _allAlertsMeta: 'VIEWER',
  openAlertCounts: 'VIEWER',
  Check: 'VIEWER',
  allChecks: 'VIEWER',
  _allChecksMeta: 'VIEWER',
  CheckResult: 'VIEWER',
  allCheckResults: 'VIEWER',
  _allCheckResultsMeta: 'VIEWER',
  CheckRun: 'VIEWER',
  allCheckRuns: 'VIEWER',
  _allCheckRunsMeta: 'VIEWER',
  DriftEvent: 'VIEWER',
  allDriftEvents: 'VIEWER',
  _allDriftEventsMeta: 'VIEWER',
  IngestionRun: 'VIEWER',
  allIngestionRuns: 'VIEWER',
  _allIngestionRunsMeta: 'VIEWER',
  allMobileDevices: 'VIEWER',
  _allMobileDevicesMeta: 'VIEWER',
  RolloutWave: 'VIEWER',
  allRolloutWaves: 'VIEWER',
  _allRolloutWavesMeta: 'VIEWER',
  rolloutWaveLimits: 'VIEWER',
  rolloutProgress: 'VIEWER',
  groups: 'VIEWER',
  SignIn: 'VIEWER',
  allSignIns: 'VIEWER',
  _allSignInsMeta: 'VIEWER',
  signInClientApps: 'VIEWER',
  Snapshot: 'VIEWER',
  allSnapshots: 'VIEWER',
  _allSnapshotsMeta: 'VIEWER',
  Tenant: 'VIEWER',
  allTenants: 'VIEWER',
  _allTenantsMeta: 'VIEWER',
  tenantSettingsBounds: 'VIEWER',
  Waiver: 'VIEWER',
  allWaivers: 'VIEWER',
  _allWaiversMeta: 'VIEWER',
  waiverLimits: 'VIEWER',
  postureHistory: 'VIEWER',
  postureSummary: 'VIEWER',
  signInsPerDay: 'VIEWER',
  tenantPostureOverview: 'VIEWER',
  // ANALYST: runs checks, manages waivers, acknowledges and resolves alerts.
  runChecks: 'ANALYST',
  createWaiver: 'ANALYST',
  deleteWaiver: 'ANALYST',
  acknowledgeAlert: 'ANALYST',
  acknowledgeAlerts: 'ANALYST',
  resolveAlert: 'ANALYST',
  resolveAlerts: 'ANALYST',
  // ADMIN: tenants, connectors (syncTenant too), rollout waves, channels, access, audit.
  createTenant: 'ADMIN',
  updateTenant: 'ADMIN',
  syncTenant: 'ADMIN',
  connectorSettings: 'ADMIN',
  connectorDefaults: 'ADMIN',
  connectorChangePreview: 'ADMIN',
  updateConnectorSettings: 'ADMIN',
  createRolloutWave: 'ADMIN',
  updateRolloutWave: 'ADMIN',
  deleteRolloutWave: 'ADMIN',
  NotificationChannel: 'ADMIN',
  allNotificationChannels: 'ADMIN',
  _allNotificationChannelsMeta: 'ADMIN',
  createNotificationChannel: 'ADMIN',
  updateNotificationChannel: 'ADMIN',
  deleteNotificationChannel: 'ADMIN',
  testNotificationChannel: 'ADMIN',
  allNotificationDeliveries: 'ADMIN',
  _allNotificationDeliveriesMeta: 'ADMIN',
  ApiToken: 'ADMIN',
  allApiTokens: 'ADMIN',
  _allApiTokensMeta: 'ADMIN',
  createApiToken: 'ADMIN',
  revokeApiToken: 'ADMIN',
  allSessions: 'ADMIN',
  _allSessionsMeta: 'ADMIN',
  revokeSession: 'ADMIN',
  User: 'ADMIN',
  allUsers: 'ADMIN',
  _allUsersMeta: 'ADMIN',
  createUser: 'ADMIN',
  updateUser: 'ADMIN',
  disableUser: 'ADMIN',
  enableUser: 'ADMIN',
  AuditEvent: 'ADMIN',
  allAuditEvents: 'ADMIN',
  _allAuditEventsMeta: 'ADMIN',
};

const LOGIN = { email: 'matrix@example.com', password: 'matrix-password-1234' };

type Caller = 'VIEWER' | 'ANALYST' | 'ADMIN' | 'COLLECTOR' | 'NONE';
const CALLERS: Caller[] = ['VIEWER', 'ANALYST', 'ADMIN', 'COLLECTOR', 'NONE'];
const RANK: Record<string, number> = { VIEWER: 1, ANALYST: 2, ADMIN: 3 };

function expected(req: Requirement, caller: Caller): 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' {
  if (req === 'PUBLIC') return 'ALLOWED';
  if (caller === 'NONE') return 'UNAUTHENTICATED';
  if (caller === 'COLLECTOR') return 'FORBIDDEN';
  return RANK[caller]! >= RANK[req]! ? 'ALLOWED' : 'FORBIDDEN';
}

const schema = buildSchema(readFileSync(path.join(REPO, 'api', 'schema.graphql'), 'utf8'));
const ROOTS = [
  ['query', schema.getQueryType()!],
  ['mutation', schema.getMutationType()!],
] as const;
const OPERATIONS = ROOTS.flatMap(([kind, root]) =>
  (Object.values(root.getFields()) as Array<GraphQLField<unknown, unknown>>).map((field) => ({
    kind,
    field,
  })),
);

let app: RunningApp;
let dbUrl: string;
let root: string;
const tokens: Partial<Record<Caller, string | null>> = { NONE: null };
const tenant: { A: string; B: string } = { A: '', B: '' };
/** Per tenant: an id of each type of object it owns, by GraphQL type name. */
const owned: { A: Record<string, string>; B: Record<string, string> } = { A: {}, B: {} };

async function cliToken(name: string, role: string, tenantId?: string): Promise<string> {
  const made = await cli(app.env, [
    'token',
    'create',
    '--name',
    name,
    '--role',
    role,
    ...(tenantId ? ['--tenant', tenantId] : []),
  ]);
  expect(made.code, made.stderr).toBe(0);
  return lastLine(made.stdout);
}

async function must<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(app.url, root, query, variables);
  expect(r.errors, query).toBeUndefined();
  return r.data!;
}

async function pushJson(tenantId: string, kind: string, body: unknown): Promise<void> {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/${kind}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${root}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
}

/** One of each object a tenant can own, so that "another tenant's" ids are real ones. */
async function makeFixtures(side: 'A' | 'B'): Promise<void> {
  const t = tenant[side];
  const o = owned[side];
  o.Tenant = t;
  const snapshot = (allow: boolean) => ({
    capturedAt: new Date(Date.now() - (allow ? 0 : 60_000)).toISOString(),
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: 'Block' },
      authenticationPolicies: [{ Name: 'Block', AllowBasicAuthActiveSync: allow }],
    },
    entra: {
      groups: [
        {
          id: `g-${side}`,
          displayName: `Wave ${side}`,
          members: [{ id: 'u1', userPrincipalName: 'a@x.com' }],
        },
      ],
    },
  });
  await pushJson(t, 'snapshots', snapshot(false));
  await pushJson(t, 'snapshots', snapshot(true));
  const signInId = randomUUID();
  await pushJson(t, 'signins', {
    value: [{ id: signInId, createdDateTime: new Date().toISOString(), clientAppUsed: 'IMAP4' }],
  });
  const run = await must<{ runChecks: { id: string } }>(
    'mutation($t: ID!) { runChecks(tenantId: $t) { id } }',
    { t },
  );
  o.CheckRun = run.runChecks.id;
  const lists = await must<Record<string, Array<{ id: string }>>>(
    `query($t: ID!) {
      allSnapshots(filter: { tenantId: $t }) { id }
      allCheckResults(filter: { tenantId: $t }, perPage: 1) { id }
      allDriftEvents(filter: { tenantId: $t }, perPage: 1) { id }
      allAlerts(filter: { tenantId: $t }, perPage: 1) { id }
      allSignIns(filter: { tenantId: $t }, perPage: 1) { id }
      allIngestionRuns(filter: { tenantId: $t }, perPage: 1) { id }
    }`,
    { t },
  );
  for (const [list, type] of [
    ['allSnapshots', 'Snapshot'],
    ['allCheckResults', 'CheckResult'],
    ['allDriftEvents', 'DriftEvent'],
    ['allAlerts', 'Alert'],
    ['allSignIns', 'SignIn'],
    ['allIngestionRuns', 'IngestionRun'],
  ] as const) {
    const id = lists[list]?.[0]?.id;
    if (id) o[type] = id;
  }
  const waiver = await must<{ createWaiver: { id: string } }>(
    `mutation($t: ID!, $e: DateTime!) { createWaiver(tenantId: $t, checkId: "EXO.AUTHPOL.BLOCKS_BASIC",
      scope: TENANT, reason: "accepted for the matrix", expiresAt: $e) { id } }`,
    { t, e: new Date(Date.now() + 7 * 86_400_000).toISOString() },
  );
  o.Waiver = waiver.createWaiver.id;
  const wave = await must<{ createRolloutWave: { id: string } }>(
    `mutation($t: ID!, $g: String!) { createRolloutWave(tenantId: $t, groupId: $g, name: "Pilot", order: 1) { id } }`,
    { t, g: `g-${side}` },
  );
  o.RolloutWave = wave.createRolloutWave.id;
  const token = await must<{ createApiToken: { apiToken: { id: string } } }>(
    `mutation($t: ID!) { createApiToken(name: "matrix", role: VIEWER, tenantIds: [$t]) { apiToken { id } } }`,
    { t },
  );
  o.ApiToken = token.createApiToken.apiToken.id;
  const channel = await must<{ createNotificationChannel: { id: string } }>(
    `mutation($t: ID!) { createNotificationChannel(tenantId: $t, kind: "WEBHOOK", name: "matrix",
      url: "https://hooks.example.com/x", secret: "matrix-signing-secret") { id } }`,
    { t },
  );
  o.NotificationChannel = channel.createNotificationChannel.id;
  const user = await must<{ createUser: { user: { id: string } } }>(
    `mutation($t: ID!, $e: String!) { createUser(email: $e, role: VIEWER, tenantIds: [$t]) { user { id } } }`,
    { t, e: `user-${side.toLowerCase()}@example.com` },
  );
  o.User = user.createUser.user.id;
}

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({
    DATABASE_URL: dbUrl,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
  });
  root = await cliToken('matrix-root', 'ADMIN');
  // login is public: with real credentials it succeeds whoever calls it.
  const user = await cli(
    app.env,
    ['user', 'create', '--email', LOGIN.email, '--role', 'VIEWER', '--password-stdin'],
    `${LOGIN.password}\n`,
  );
  expect(user.code, user.stderr).toBe(0);
  for (const side of ['A', 'B'] as const) {
    const t = await must<{ createTenant: { id: string } }>(
      'mutation($n: String!) { createTenant(name: $n) { id } }',
      { n: `Tenant ${side}` },
    );
    tenant[side] = t.createTenant.id;
  }
  for (const side of ['A', 'B'] as const) await makeFixtures(side);
  for (const role of ['VIEWER', 'ANALYST', 'ADMIN', 'COLLECTOR'] as const)
    tokens[role] = await cliToken(`matrix-${role}`, role, tenant.A);
}, 300_000);

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

/** The GraphQL type an operation's `id`/`ids` argument names (Waiver for deleteWaiver). */
function idType(field: GraphQLField<unknown, unknown>): string {
  const returned = getNamedType(field.type).name;
  if (/^[A-Z]/.test(field.name)) return field.name;
  const m =
    /^(?:acknowledge|resolve|delete|update|revoke|test|sync|disable|enable)([A-Z]\w*?)s?$/.exec(
      field.name,
    );
  return m?.[1] ?? returned;
}

/** Arguments: tenant ids and object ids from one side (or, for `missing`, ids that exist nowhere). */
function argsFor(
  field: GraphQLField<unknown, unknown>,
  side: 'A' | 'B' | 'missing',
  missing: string,
): Record<string, unknown> {
  const tenantId = side === 'missing' ? missing : tenant[side];
  const objectId = side === 'missing' ? missing : (owned[side][idType(field)] ?? missing);
  const value = (name: string, type: GraphQLInputType, depth: number): unknown => {
    const t = getNullableType(type);
    if (name === 'tenantId') return tenantId;
    if (name === 'tenantIds') return [tenantId];
    if (name === 'id' && depth === 0) return objectId;
    if (name === 'ids' && depth === 0) return [objectId];
    if (isListType(t)) return [];
    if (isEnumType(t)) return t.getValues()[0]!.value;
    if (isInputObjectType(t)) {
      const o: Record<string, unknown> = {};
      for (const f of Object.values(t.getFields()))
        if (isNonNullType(f.type) || f.name === 'tenantId')
          o[f.name] = value(f.name, f.type, depth + 1);
      return o;
    }
    if (isScalarType(t)) {
      if (t.name === 'ID') return missing;
      if (t.name === 'Int' || t.name === 'Float') return 1;
      if (t.name === 'Boolean') return false;
      if (t.name === 'DateTime') return new Date(Date.now() + 86_400_000).toISOString();
    }
    if (name === 'email' || name === 'password') return LOGIN[name];
    return 'x';
  };
  return Object.fromEntries(
    field.args
      .filter((a) => isNonNullType(a.type) || ['tenantId', 'filter'].includes(a.name))
      .map((a: GraphQLArgument) => [a.name, value(a.name, a.type, 0)]),
  );
}

function document(
  kind: string,
  field: GraphQLField<unknown, unknown>,
  vars: Record<string, unknown>,
) {
  const args = field.args.filter((a) => a.name in vars);
  const named = getNamedType(field.type);
  const select = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const decl = args.length
    ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})`
    : '';
  const use = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `${kind}${decl} { ${field.name}${use}${select} }`;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** An answer with ids and times masked, for comparing "another tenant's" with "none at all". */
const masked = (r: {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}) =>
  JSON.stringify({
    data: r.data ?? null,
    errors: (r.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message })),
  })
    .replace(UUID, '<id>')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '<time>');

describe('the authorization matrix', () => {
  it('every operation of the schema has a declared requirement, and the decorators agree', () => {
    const names = OPERATIONS.map((o) => o.field.name).sort();
    expect(
      names.filter((n) => !(n in REQUIRES)),
      'operations without an entry in REQUIRES',
    ).toEqual([]);
    expect(
      Object.keys(REQUIRES).filter((n) => !names.includes(n)),
      'entries for no operation',
    ).toEqual([]);
    const rules = operationRules(RESOLVERS);
    const enforced = Object.fromEntries(
      rules.map((r) => [r.name, r.roles === null ? 'PUBLIC' : r.roles.join('|')]),
    );
    expect(enforced).toEqual(REQUIRES);
  });

  it('denies exactly where the table says; another tenant answers like nothing at all', async () => {
    let cases = 0;
    let passed = 0;
    const failures: string[] = [];
    // Queries first, then mutations: a mutation may change what a later query sees, never the
    // outcome class (allowed or not) that the matrix checks.
    for (const { kind, field } of OPERATIONS) {
      const req = REQUIRES[field.name]!;
      for (const caller of CALLERS) {
        for (const side of ['A', 'B'] as const) {
          cases++;
          const missing = randomUUID();
          const vars = argsFor(field, side, missing);
          const r = await gql(app.url, tokens[caller] ?? null, document(kind, field, vars), vars);
          const codes = (r.errors ?? []).map((e) => e.extensions?.code);
          const want = expected(req, caller);
          const label = `${field.name} as ${caller} on ${side === 'A' ? 'own' : 'other'} tenant`;
          let ok: boolean;
          let why = '';
          if (want === 'ALLOWED') {
            ok = !codes.some(
              (c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED' || c === 'INTERNAL_SERVER_ERROR',
            );
            why = JSON.stringify(r.errors);
            if (ok && side === 'B' && req !== 'PUBLIC' && field.name !== 'createTenant') {
              const none = await gql(
                app.url,
                tokens[caller] ?? null,
                document(kind, field, argsFor(field, 'missing', missing)),
                argsFor(field, 'missing', missing),
              );
              ok = masked(r) === masked(none);
              why = `other tenant ${masked(r).slice(0, 200)} vs none ${masked(none).slice(0, 200)}`;
            }
          } else {
            ok =
              codes.length > 0 && codes.every((c) => c === want) && !r.data?.[field.name as never];
            why = `wanted ${want}, got ${JSON.stringify(codes)} ${JSON.stringify(r.data)?.slice(0, 100)}`;
          }
          if (ok) passed++;
          else failures.push(`${label}: ${why}`);
        }
      }
    }
    console.log(`authz cases: ${cases}, passed: ${passed}`);
    expect(failures).toEqual([]);
    expect(cases).toBe(OPERATIONS.length * CALLERS.length * 2);
  }, 600_000);
});

describe("a snapshot's sections and diff (fields of Snapshot, VIEWER like the snapshot)", () => {
  it('are read by a VIEWER of the tenant; another tenant’s snapshot answers like none', async () => {
    const doc = `query($id: ID!) { Snapshot(id: $id) { id
      sections(limit: 5) { kind total rows { key cells } }
      diff(limit: 5) { total stored changes { path kind } } } }`;
    type Answer = {
      Snapshot: {
        sections: Array<{ kind: string; total: number }>;
        diff: { total: number; changes: Array<{ path: string }> };
      } | null;
    };
    const own = await gql<Answer>(app.url, tokens.VIEWER!, doc, { id: owned.A.Snapshot });
    expect(own.errors).toBeUndefined();
    const policies = own.data!.Snapshot!.sections.find(
      (s) => s.kind === 'EXO_AUTHENTICATION_POLICIES',
    );
    expect(policies?.total).toBe(1);
    // The newest snapshot of the fixtures flipped AllowBasicAuthActiveSync.
    expect(own.data!.Snapshot!.diff.changes.map((c) => c.path)).toContain(
      'exchangeOnline.authenticationPolicies[Block].AllowBasicAuthActiveSync',
    );
    const other = await gql<Answer>(app.url, tokens.VIEWER!, doc, { id: owned.B.Snapshot });
    const none = await gql<Answer>(app.url, tokens.VIEWER!, doc, { id: randomUUID() });
    expect(masked(other)).toBe(masked(none));
    expect(other.data?.Snapshot ?? null).toBeNull();
    expect(
      (await gql(app.url, null, doc, { id: owned.A.Snapshot })).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
