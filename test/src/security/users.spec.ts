import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  startApp,
  type RunningApp,
} from '../support/app-process.js';

/**
 * Users over GraphQL and the CLI (issue 13, item 3): an ADMIN creates a user (the password shown
 * once, and it signs in), changes role and tenants, disables (signed out at once) and enables;
 * nobody disables themselves, the last ADMIN for every tenant is neither disabled nor demoted;
 * a limited ADMIN sees only users within its tenants; a VIEWER is refused; each change is audited.
 */
let app: RunningApp;
let dbUrl: string;
let rootToken: string;
let tenantA: string;
let tenantB: string;

const USER = 'id email role tenantIds createdAt disabledAt active';

interface UserRow {
  id: string;
  email: string;
  role: string;
  tenantIds: string[];
  disabledAt: string | null;
  active: boolean;
}

async function login(email: string, password: string) {
  return gql<{ login: { token: string; user: { role: string } } }>(
    app.url,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { role } } }',
    { e: email, p: password },
  );
}

async function createUser(as: string, email: string, role: string, tenantIds?: string[]) {
  return gql<{ createUser: { password: string; user: UserRow } }>(
    app.url,
    as,
    `mutation($e: String!, $r: Role!, $t: [ID!]) { createUser(email: $e, role: $r, tenantIds: $t) { password user { ${USER} } } }`,
    { e: email, r: role, t: tenantIds ?? null },
  );
}

const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  const made = await cli(app.env, ['token', 'create', '--name', 'users-root', '--role', 'ADMIN']);
  expect(made.code, made.stderr).toBe(0);
  rootToken = lastLine(made.stdout);
  const mk = async (name: string) =>
    (
      await gql<{ createTenant: { id: string } }>(
        app.url,
        rootToken,
        'mutation($n: String!) { createTenant(name: $n) { id } }',
        { n: name },
      )
    ).data!.createTenant.id;
  tenantA = await mk('Users A');
  tenantB = await mk('Users B');
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('users', () => {
  it('an ADMIN creates a user; the password is shown once and signs in; nothing secret is listed', async () => {
    const r = await createUser(rootToken, 'Alice@Example.com', 'ANALYST', [tenantA]);
    expect(r.errors).toBeUndefined();
    const { password, user } = r.data!.createUser;
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(user).toMatchObject({ email: 'alice@example.com', role: 'ANALYST', active: true });
    expect(user.tenantIds).toEqual([tenantA]);
    const signedIn = await login('alice@example.com', password);
    expect(signedIn.data?.login.user.role).toBe('ANALYST');
    const list = await gql<{ allUsers: UserRow[] }>(
      app.url,
      rootToken,
      `{ allUsers(perPage: 100) { ${USER} } _allUsersMeta { count } }`,
    );
    expect(list.data?.allUsers.map((u) => u.email)).toContain('alice@example.com');
    expect(JSON.stringify(list)).not.toContain(password);
    // The schema has no field that could carry it.
    const bad = await gql(app.url, rootToken, '{ allUsers { passwordHash } }');
    expect(code(bad)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('role and tenants change; a disabled user is signed out at once and can be enabled', async () => {
    const made = (await createUser(rootToken, 'bob@example.com', 'VIEWER')).data!.createUser;
    const session = (await login('bob@example.com', made.password)).data!.login.token;
    expect((await gql(app.url, session, '{ allTenants { id } }')).errors).toBeUndefined();
    const changed = await gql<{ updateUser: UserRow }>(
      app.url,
      rootToken,
      `mutation($id: ID!, $t: [ID!]) { updateUser(id: $id, role: ANALYST, tenantIds: $t) { ${USER} } }`,
      { id: made.user.id, t: [tenantB] },
    );
    expect(changed.data?.updateUser).toMatchObject({ role: 'ANALYST', tenantIds: [tenantB] });
    const off = await gql<{ disableUser: UserRow }>(
      app.url,
      rootToken,
      `mutation($id: ID!) { disableUser(id: $id) { ${USER} } }`,
      { id: made.user.id },
    );
    expect(off.data?.disableUser.active).toBe(false);
    expect(code(await gql(app.url, session, '{ allTenants { id } }'))).toBe('UNAUTHENTICATED');
    expect(code(await login('bob@example.com', made.password))).toBe('UNAUTHENTICATED');
    await gql(app.url, rootToken, 'mutation($id: ID!) { enableUser(id: $id) { id } }', {
      id: made.user.id,
    });
    expect((await login('bob@example.com', made.password)).data?.login.token).toBeTruthy();
  });

  it('nobody disables themselves; the last ADMIN for every tenant is neither disabled nor demoted', async () => {
    const admin = (await createUser(rootToken, 'carol@example.com', 'ADMIN')).data!.createUser;
    const carol = (await login('carol@example.com', admin.password)).data!.login.token;
    const self = await gql(app.url, carol, 'mutation($id: ID!) { disableUser(id: $id) { id } }', {
      id: admin.user.id,
    });
    expect(code(self)).toBe('CONFLICT');
    expect(self.errors?.[0]?.message).toMatch(/yourself/);
    // Carol is the only user ADMIN for every tenant (the root is an API token, not a user).
    const demote = await gql(
      app.url,
      rootToken,
      'mutation($id: ID!) { updateUser(id: $id, role: VIEWER) { id } }',
      { id: admin.user.id },
    );
    expect(code(demote)).toBe('CONFLICT');
    expect(demote.errors?.[0]?.message).toMatch(/last active ADMIN/);
    const limit = await gql(
      app.url,
      rootToken,
      'mutation($id: ID!, $t: [ID!]) { updateUser(id: $id, tenantIds: $t) { id } }',
      { id: admin.user.id, t: [tenantA] },
    );
    expect(code(limit)).toBe('CONFLICT');
    const disable = await gql(
      app.url,
      rootToken,
      'mutation($id: ID!) { disableUser(id: $id) { id } }',
      { id: admin.user.id },
    );
    expect(code(disable)).toBe('CONFLICT');
    // With a second ADMIN, the first may go.
    await createUser(rootToken, 'dave@example.com', 'ADMIN');
    const now = await gql<{ disableUser: UserRow }>(
      app.url,
      rootToken,
      'mutation($id: ID!) { disableUser(id: $id) { id active } }',
      { id: admin.user.id },
    );
    expect(now.data?.disableUser.active).toBe(false);
  });

  it('a limited ADMIN sees and manages only users within its tenants; a VIEWER is refused', async () => {
    const limitedToken = lastLine(
      (
        await cli(app.env, [
          'token',
          'create',
          '--name',
          'limited',
          '--role',
          'ADMIN',
          '--tenant',
          tenantA,
        ])
      ).stdout,
    );
    const inB = (await createUser(rootToken, 'erin@example.com', 'VIEWER', [tenantB])).data!
      .createUser.user;
    const seen = await gql<{ allUsers: UserRow[] }>(
      app.url,
      limitedToken,
      '{ allUsers(perPage: 100) { email tenantIds } }',
    );
    for (const u of seen.data!.allUsers) expect(u.tenantIds.every((t) => t === tenantA)).toBe(true);
    const other = await gql(
      app.url,
      limitedToken,
      'mutation($id: ID!) { disableUser(id: $id) { id } }',
      {
        id: inB.id,
      },
    );
    const missing = await gql(
      app.url,
      limitedToken,
      'mutation($id: ID!) { disableUser(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
    );
    expect(code(other)).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(code(await createUser(limitedToken, 'frank@example.com', 'VIEWER'))).toBe(
      'BAD_USER_INPUT',
    );
    const viewer = lastLine(
      (await cli(app.env, ['token', 'create', '--name', 'v', '--role', 'VIEWER'])).stdout,
    );
    expect(code(await gql(app.url, viewer, '{ allUsers { id } }'))).toBe('FORBIDDEN');
    expect(code(await createUser(viewer, 'gina@example.com', 'VIEWER'))).toBe('FORBIDDEN');
  });

  it('every user change is in the audit log', async () => {
    const audit = await gql<{ allAuditEvents: Array<{ action: string; outcome: string }> }>(
      app.url,
      rootToken,
      '{ allAuditEvents(perPage: 500) { action outcome } }',
    );
    const actions = audit.data!.allAuditEvents.map((e) => `${e.action} ${e.outcome}`);
    for (const a of ['createUser', 'updateUser', 'disableUser', 'enableUser'])
      expect(actions.some((x) => x.startsWith(a))).toBe(true);
    expect(actions.some((x) => /disableUser (FAILED|REFUSED)/.test(x))).toBe(true);
  });

  it('the CLI changes a role, disables and enables, and keeps the last ADMIN', async () => {
    const role = await cli(app.env, [
      'user',
      'role',
      '--email',
      'alice@example.com',
      '--role',
      'VIEWER',
      '--all-tenants',
    ]);
    expect(role.code, role.stderr).toBe(0);
    expect(role.stdout).toMatch(/alice@example.com: VIEWER, every tenant, active/);
    const off = await cli(app.env, ['user', 'disable', '--email', 'alice@example.com']);
    expect(off.code, off.stderr).toBe(0);
    expect(off.stdout).toMatch(/disabled/);
    const on = await cli(app.env, ['user', 'enable', '--email', 'alice@example.com']);
    expect(on.stdout).toMatch(/active/);
    const last = await cli(app.env, ['user', 'disable', '--email', 'dave@example.com']);
    expect(last.code).toBe(1);
    expect(last.stderr).toMatch(/last active ADMIN/);
    const usage = await cli(app.env, ['user', 'explode', '--email', 'x@example.com']);
    expect(usage.code).toBe(2);
  });
});
