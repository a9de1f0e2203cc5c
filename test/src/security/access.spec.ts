import pg from 'pg';
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
import { eventually } from '../support/receivers.js';

/**
 * API tokens and sessions over GraphQL: an ADMIN creates a token (shown once), sees it listed
 * without any secret, revokes it and it stops working at once; expired tokens are refused; an
 * ADMIN limited to some tenants neither sees nor revokes other tenants' tokens; VIEWERs are
 * denied; revoking a session signs that browser out.
 */
let app: RunningApp;
let dbUrl: string;
let admin: string;
let tenantA: string;
let tenantB: string;

const TOKEN_FIELDS =
  'id name prefix role tenantIds createdBy createdAt lastUsedAt expiresAt revokedAt active';

interface Token {
  id: string;
  name: string;
  prefix: string;
  role: string;
  tenantIds: string[];
  createdBy: string | null;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  active: boolean;
}

async function cliToken(name: string, role: string, tenant?: string): Promise<string> {
  const made = await cli(app.env, [
    'token',
    'create',
    '--name',
    name,
    '--role',
    role,
    ...(tenant ? ['--tenant', tenant] : []),
  ]);
  expect(made.code, made.stderr).toBe(0);
  return lastLine(made.stdout);
}

async function createToken(as: string, vars: Record<string, unknown>) {
  return gql<{ createApiToken: { token: string; apiToken: Token } }>(
    app.url,
    as,
    `mutation($name: String!, $role: Role!, $tenantIds: [ID!], $days: Int) {
      createApiToken(name: $name, role: $role, tenantIds: $tenantIds, expiresInDays: $days) {
        token apiToken { ${TOKEN_FIELDS} } } }`,
    vars,
  );
}

async function listTokens(as: string) {
  return gql<{ allApiTokens: Token[]; _allApiTokensMeta: { count: number } }>(
    app.url,
    as,
    `{ allApiTokens(perPage: 1000) { ${TOKEN_FIELDS} } _allApiTokensMeta { count } }`,
  );
}

const whoCanSeeTenants = (as: string) => gql(app.url, as, '{ allTenants { id } }');

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  admin = await cliToken('access-admin', 'ADMIN');
  const mk = async (name: string) =>
    (
      await gql<{ createTenant: { id: string } }>(
        app.url,
        admin,
        `mutation { createTenant(name: "${name}") { id } }`,
      )
    ).data!.createTenant.id;
  tenantA = await mk('Access A');
  tenantB = await mk('Access B');
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('API tokens over GraphQL', () => {
  it('creates a token shown once, which works, is listed without secret, and stops working when revoked', async () => {
    const made = await createToken(admin, { name: 'ci script', role: 'VIEWER', days: 30 });
    expect(made.errors).toBeUndefined();
    const { token, apiToken } = made.data!.createApiToken;
    expect(token).toMatch(/^pwt_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken).toMatchObject({
      name: 'ci script',
      role: 'VIEWER',
      tenantIds: [],
      createdBy: 'token:access-admin',
      revokedAt: null,
      active: true,
    });
    const days = (Date.parse(apiToken.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    expect((await whoCanSeeTenants(token)).errors).toBeUndefined();

    const listed = await listTokens(admin);
    expect(listed.errors).toBeUndefined();
    const row = listed.data!.allApiTokens.find((t) => t.id === apiToken.id)!;
    expect(row.lastUsedAt).not.toBeNull();
    // Kept to the minute: another request right away does not write it again.
    expect((await whoCanSeeTenants(token)).errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 200)); // a write would be done by now (it is not awaited)
    const again = (await listTokens(admin)).data!.allApiTokens.find((t) => t.id === apiToken.id)!;
    expect(again.lastUsedAt).toBe(row.lastUsedAt);
    expect(listed.data!._allApiTokensMeta.count).toBe(listed.data!.allApiTokens.length);
    const text = JSON.stringify(listed);
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/hash/i);
    // Not even asking for the hash works: the schema has no such field.
    const hash = await gql(app.url, admin, `{ allApiTokens { tokenHash } }`);
    expect(hash.errors?.[0]?.message).toMatch(/tokenHash/);

    const revoked = await gql<{ revokeApiToken: Token }>(
      app.url,
      admin,
      `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt active } }`,
      { id: apiToken.id },
    );
    expect(revoked.data?.revokeApiToken.active).toBe(false);
    expect(revoked.data?.revokeApiToken.revokedAt).not.toBeNull();

    const after = await whoCanSeeTenants(token);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.data ?? null).toBeNull();
  });

  it('refuses an expired token', async () => {
    const made = await createToken(admin, { name: 'short', role: 'VIEWER', days: 1 });
    const { token, apiToken } = made.data!.createApiToken;
    expect((await whoCanSeeTenants(token)).errors).toBeUndefined();
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    await c.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      apiToken.id,
    ]);
    await c.end();
    // A change made outside this API process reaches it by notification (its change cache,
    // api/src/auth/change-cache.ts): within milliseconds, so a second is plenty.
    const r = await eventually(
      () => whoCanSeeTenants(token),
      (answer) => answer.status === 401,
      1_000,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const got = await gql<{ ApiToken: Token }>(
      app.url,
      admin,
      `query($id: ID!) { ApiToken(id: $id) { active } }`,
      { id: apiToken.id },
    );
    expect(got.data?.ApiToken.active).toBe(false);
  });

  it('validates the input, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '', role: 'VIEWER' }, 'name'],
      [{ name: 'x'.repeat(101), role: 'VIEWER' }, 'name'],
      [{ name: 'ok', role: 'VIEWER', days: 0 }, 'expiresInDays'],
      [{ name: 'ok', role: 'VIEWER', days: 3651 }, 'expiresInDays'],
      [{ name: 'ok', role: 'VIEWER', tenantIds: ['not-a-uuid'] }, 'tenantIds'],
      [
        { name: 'ok', role: 'VIEWER', tenantIds: ['00000000-0000-4000-8000-000000000000'] },
        'tenantIds',
      ],
    ];
    for (const [vars, path] of cases) {
      const r = await createToken(admin, vars);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ path })]);
    }
    const ok = await createToken(admin, { name: 'ok', role: 'VIEWER', days: 3650 });
    expect(ok.errors).toBeUndefined();
  });

  it("keeps a limited ADMIN to its tenants' tokens; others' answer as not found", async () => {
    const limited = await cliToken('admin-a', 'ADMIN', tenantA);
    const forB = (
      await createToken(admin, { name: 'b-reader', role: 'VIEWER', tenantIds: [tenantB] })
    ).data!.createApiToken.apiToken;

    const mine = await createToken(limited, {
      name: 'a-reader',
      role: 'VIEWER',
      tenantIds: [tenantA],
    });
    expect(mine.errors).toBeUndefined();
    const aReader = mine.data!.createApiToken.apiToken;
    expect(aReader.tenantIds).toEqual([tenantA]);

    const seen = await listTokens(limited);
    const ids = seen.data!.allApiTokens.map((t) => t.id);
    expect(ids).toContain(aReader.id);
    expect(ids).not.toContain(forB.id);
    // Tokens for every tenant (like the unrestricted ADMIN's) are outside its scope too.
    expect(seen.data!.allApiTokens.every((t) => t.tenantIds.length > 0)).toBe(true);
    expect(seen.data!._allApiTokensMeta.count).toBe(ids.length);

    const get = await gql(app.url, limited, `query($id: ID!) { ApiToken(id: $id) { id } }`, {
      id: forB.id,
    });
    expect(get.data).toEqual({ ApiToken: null });
    const revoke = await gql(
      app.url,
      limited,
      `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`,
      { id: forB.id },
    );
    expect(revoke.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const still = await gql<{ ApiToken: Token }>(
      app.url,
      admin,
      `query($id: ID!) { ApiToken(id: $id) { revokedAt } }`,
      { id: forB.id },
    );
    expect(still.data?.ApiToken.revokedAt).toBeNull();

    for (const tenantIds of [[tenantB], [tenantA, tenantB], []]) {
      const r = await createToken(limited, { name: 'escape', role: 'ADMIN', tenantIds });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(tenantIds)).toBe('BAD_USER_INPUT');
    }

    const own = await gql(
      app.url,
      limited,
      `mutation($id: ID!) { revokeApiToken(id: $id) { active } }`,
      {
        id: aReader.id,
      },
    );
    expect(own.data).toEqual({ revokeApiToken: { active: false } });
  });

  it('denies VIEWERs and ANALYSTs every operation', async () => {
    for (const role of ['VIEWER', 'ANALYST']) {
      const t = await cliToken(`${role.toLowerCase()}-access`, role);
      for (const q of [
        `{ allApiTokens { id } }`,
        `{ _allApiTokensMeta { count } }`,
        `{ allSessions { id } }`,
        `mutation { createApiToken(name: "x", role: ADMIN) { token } }`,
        `mutation { revokeApiToken(id: "00000000-0000-4000-8000-000000000000") { id } }`,
        `mutation { revokeSession(id: "00000000-0000-4000-8000-000000000000") }`,
      ]) {
        const r = await gql(app.url, t, q);
        expect(r.errors?.[0]?.extensions?.code, `${role} ${q}`).toBe('FORBIDDEN');
      }
    }
  });
});

describe('sessions', () => {
  async function user(email: string, tenant?: string) {
    const password = `pw-${email}-long-enough`;
    const made = await cli(
      app.env,
      [
        'user',
        'create',
        '--email',
        email,
        '--role',
        'ADMIN',
        ...(tenant ? ['--tenant', tenant] : []),
        '--password-stdin',
      ],
      password,
    );
    expect(made.code, made.stderr).toBe(0);
    return password;
  }
  async function login(email: string, password: string) {
    const r = await gql<{ login: { token: string } }>(
      app.url,
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.login.token;
  }
  const sessions = (as: string) =>
    gql<{ allSessions: Array<{ id: string; userEmail: string; current: boolean }> }>(
      app.url,
      as,
      '{ allSessions(perPage: 1000) { id userEmail createdAt lastUsedAt expiresAt current } _allSessionsMeta { count } }',
    );

  it('lists sessions; revoking one signs that browser out', async () => {
    const pw = await user('alice@example.com');
    const browser1 = await login('alice@example.com', pw);
    const browser2 = await login('alice@example.com', pw);
    expect((await whoCanSeeTenants(browser1)).errors).toBeUndefined();

    const listed = await sessions(browser2);
    expect(listed.errors).toBeUndefined();
    const alice = listed.data!.allSessions.filter((s) => s.userEmail === 'alice@example.com');
    expect(alice).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain(browser1);
    expect(alice.filter((s) => s.current)).toHaveLength(1);
    const first = alice.find((s) => !s.current)!;

    const r = await gql(app.url, browser2, `mutation($id: ID!) { revokeSession(id: $id) }`, {
      id: first.id,
    });
    expect(r.data).toEqual({ revokeSession: true });
    const out = await whoCanSeeTenants(browser1);
    expect(out.status).toBe(401);
    expect(out.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await whoCanSeeTenants(browser2)).errors).toBeUndefined();
  });

  it("shows a limited ADMIN only its own sessions and hides others' as not found", async () => {
    const bob = await login('bob@example.com', await user('bob@example.com', tenantA));
    const carol = await login('carol@example.com', await user('carol@example.com'));
    const seen = await sessions(bob);
    expect(seen.data!.allSessions.map((s) => s.userEmail)).toEqual(['bob@example.com']);
    const all = await sessions(carol);
    const carols = all.data!.allSessions.find((s) => s.userEmail === 'carol@example.com')!;
    const r = await gql(app.url, bob, `mutation($id: ID!) { revokeSession(id: $id) }`, {
      id: carols.id,
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await whoCanSeeTenants(carol)).errors).toBeUndefined();
  });
});
