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

/**
 * The audit log over HTTP: every mutation recorded with who, what, outcome, tenant and address;
 * refusals and failed sign-ins too; secrets never stored; ADMIN-only and tenant-scoped;
 * append-only in the database itself.
 */
let app: RunningApp;
let dbUrl: string;
let admin: string;

interface Event {
  actor: string;
  actorRole: string | null;
  action: string;
  outcome: string;
  tenantId: string | null;
  targetId: string | null;
  args: Record<string, unknown>;
  error: string | null;
  ip: string | null;
  userAgent: string | null;
}
const FIELDS = 'actor actorRole action outcome tenantId targetId args error ip userAgent';

async function token(name: string, role: string, tenant?: string): Promise<string> {
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

async function events(as: string, filter: Record<string, unknown> = {}) {
  const r = await gql<{ allAuditEvents: Event[] }>(
    app.url,
    as,
    `query($f: AuditFilterInput) { allAuditEvents(perPage: 1000, filter: $f) { ${FIELDS} } }`,
    { f: filter },
  );
  return r;
}

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  admin = await token('audit-admin', 'ADMIN');
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

describe('audit log', () => {
  const secret = `s3cret-${Date.now()}-never-stored`;
  let tenantA: string;
  let tenantB: string;

  it('records each mutation with who, what, the tenant, the outcome and where from; never a secret', async () => {
    const a = await gql<{ createTenant: { id: string } }>(
      app.url,
      admin,
      'mutation { createTenant(name: "Contoso audit") { id } }',
    );
    tenantA = a.data!.createTenant.id;
    const b = await gql<{ createTenant: { id: string } }>(
      app.url,
      admin,
      'mutation { createTenant(name: "Fabrikam audit") { id } }',
    );
    tenantB = b.data!.createTenant.id;
    const saved = await gql(
      app.url,
      admin,
      `mutation($t: ID!, $i: ConnectorSettingsInput!) { updateConnectorSettings(tenantId: $t, input: $i) { hasSecret } }`,
      {
        t: tenantB,
        i: {
          directoryId: '6b3f5a0e-8c1d-4e2f-9a7b-1c2d3e4f5a6b',
          clientId: '0f9e8d7c-6b5a-4c3d-8e1f-2a3b4c5d6e7f',
          clientSecret: secret,
        },
      },
    );
    expect(saved.errors).toBeUndefined();

    const got = await events(admin);
    expect(got.errors).toBeUndefined();
    const list = got.data!.allAuditEvents;
    const created = list.filter((e) => e.action === 'createTenant');
    expect(created.map((e) => e.tenantId).sort()).toEqual([tenantA, tenantB].sort());
    expect(created[0]).toMatchObject({
      actor: 'token:audit-admin',
      actorRole: 'ADMIN',
      outcome: 'SUCCEEDED',
    });
    expect(created[0]!.ip).toMatch(/127\.0\.0\.1|::1/);
    const connector = list.find((e) => e.action === 'updateConnectorSettings')!;
    expect(connector).toMatchObject({ tenantId: tenantB, outcome: 'SUCCEEDED' });
    expect((connector.args.input as Record<string, unknown>).clientSecret).toBe('[redacted]');
    expect((connector.args.input as Record<string, unknown>).clientId).toBe(
      '0f9e8d7c-6b5a-4c3d-8e1f-2a3b4c5d6e7f',
    );
    // The CLI's token creation is there too, by the operating-system account that ran it.
    expect(list.find((e) => e.action === 'cli:token create')).toMatchObject({
      outcome: 'SUCCEEDED',
      args: { name: 'audit-admin', role: 'ADMIN' },
    });
    // The secret is nowhere in the table, in any column.
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_events WHERE row_to_json(audit_events)::text LIKE $1`,
        [`%${secret}%`],
      );
      expect(rows[0]!.n).toBe('0');
    } finally {
      await c.end();
    }
  });

  it('records refusals and failures: a viewer creating a tenant, a bad waiver, a wrong password', async () => {
    const viewer = await token('audit-viewer', 'VIEWER');
    const analyst = await token('audit-analyst', 'ANALYST');
    const denied = await gql(app.url, viewer, 'mutation { createTenant(name: "Nope") { id } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(
      app.url,
      analyst,
      `mutation($t: ID!) { createWaiver(tenantId: $t, checkId: "NO.SUCH.CHECK", scope: TENANT, reason: "x", expiresAt: "2027-01-01T00:00:00Z") { id } }`,
      { t: tenantA },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const login = await gql(
      app.url,
      null,
      'mutation { login(email: "mallory@example.com", password: "hunter2-guess") { token } }',
    );
    expect(login.errors?.length).toBeGreaterThan(0);

    const list = (await events(admin)).data!.allAuditEvents;
    expect(list.find((e) => e.action === 'createTenant' && e.outcome === 'DENIED')).toMatchObject({
      actor: 'token:audit-viewer',
      actorRole: 'VIEWER',
      args: { name: 'Nope' },
    });
    expect(list.find((e) => e.action === 'createWaiver')).toMatchObject({
      actor: 'token:audit-analyst',
      outcome: 'FAILED',
      tenantId: tenantA,
    });
    const failedLogin = list.find((e) => e.action === 'login')!;
    expect(failedLogin).toMatchObject({ actor: 'mallory@example.com', outcome: 'FAILED' });
    expect(failedLogin.args.password).toBe('[redacted]');
    expect(JSON.stringify(list)).not.toContain('hunter2-guess');
  });

  it('is for ADMINs only, and an ADMIN limited to a tenant sees that tenant only', async () => {
    const viewer = await token('audit-viewer-2', 'VIEWER');
    expect((await events(viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const limited = await token('audit-admin-a', 'ADMIN', tenantA);
    const seen = (await events(limited)).data!.allAuditEvents;
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((e) => e.tenantId))).toEqual(new Set([tenantA]));
    // Asking for another tenant's events answers nothing, as if there were none.
    expect((await events(limited, { tenantId: tenantB })).data!.allAuditEvents).toEqual([]);
    expect(
      (await events(admin, { tenantId: tenantB })).data!.allAuditEvents.length,
    ).toBeGreaterThan(0);
  });

  it('cannot be edited or erased, even with SQL on the application connection', async () => {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      await expect(c.query(`UPDATE audit_events SET actor = 'someone else'`)).rejects.toThrow(
        /append-only: UPDATE refused/,
      );
      await expect(c.query(`DELETE FROM audit_events`)).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(c.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
      const { rows } = await c.query<{ n: string }>('SELECT count(*) AS n FROM audit_events');
      expect(Number(rows[0]!.n)).toBeGreaterThan(5);
    } finally {
      await c.end();
    }
  });
});
