import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { InvalidInput } from '../errors.js';
import { ALL_TENANTS } from '../scope.js';
import { microsoftSignIns, testContext, type TestContext } from '../testing/services.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

describe('sign-in ingestion (real PostgreSQL, COPY)', () => {
  it("takes Microsoft's published beta and v1.0 examples as they are", async () => {
    const t = await ctx.newTenant();
    const events = [...microsoftSignIns('beta'), ...microsoftSignIns('v1')];
    const r = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events);
    expect(r).toEqual({ accepted: events.length, duplicates: 0, rejected: [] });
    const { rows } = await ctx.db.pool.query(
      `SELECT id, client_app_used, is_legacy, is_success, error_code, event->>'appDisplayName' AS app
         FROM sign_ins WHERE tenant_id = $1 ORDER BY id`,
      [t.id],
    );
    expect(rows).toHaveLength(events.length);
    const beta = rows.find((x) => x.id === '1691d37b-8579-43a7-966a-0f35583c1300');
    expect(beta).toMatchObject({
      client_app_used: 'Browser',
      is_legacy: false,
      is_success: false,
      error_code: 50126,
      app: 'Azure Portal',
    });
  });

  it('counts a repeated event as a duplicate, within one body and across bodies', async () => {
    const t = await ctx.newTenant();
    const [a] = microsoftSignIns('v1');
    const [b] = microsoftSignIns('beta');
    const first = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, [a, a, b]);
    expect(first).toEqual({ accepted: 2, duplicates: 1, rejected: [] });
    const again = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, [b, a]);
    expect(again).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    expect(await ctx.signIns.count(t.id)).toBe(2);
  });

  it('rejects bad events with their reason and stores the good ones beside them', async () => {
    const t = await ctx.newTenant();
    const now = Date.now();
    const good = {
      id: 'g1',
      createdDateTime: new Date(now - 60_000).toISOString(),
      clientAppUsed: 'IMAP4',
      status: { errorCode: 0 },
    };
    const events = [
      good,
      { id: 'x1' },
      { id: 'x2', createdDateTime: 'yesterday' },
      { id: 'x3', createdDateTime: new Date(now + 3 * 86_400_000).toISOString() },
      { id: 'x4', createdDateTime: new Date(now - 400 * 86_400_000).toISOString() },
      { id: 'x5', createdDateTime: new Date(now).toISOString(), status: { errorCode: 'zero' } },
    ];
    const r = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events);
    expect(r.accepted).toBe(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4, 5]);
    expect(r.rejected[0]!.reason).toMatch(/createdDateTime/);
    expect(r.rejected[2]!.reason).toMatch(/future/);
    expect(r.rejected[3]!.reason).toMatch(/retention/);
    expect(r.rejected[4]!.reason).toMatch(/status\.errorCode/);
    expect(r.accepted + r.duplicates + r.rejected.length).toBe(events.length);
    const { rows } = await ctx.db.pool.query(
      'SELECT is_legacy, is_success FROM sign_ins WHERE tenant_id = $1',
      [t.id],
    );
    expect(rows).toEqual([{ is_legacy: true, is_success: true }]);
  });

  it('creates the month partitions it needs and keeps tenants apart', async () => {
    const t1 = await ctx.newTenant('A');
    const t2 = await ctx.newTenant('B');
    const now = Date.now();
    const events = [0, 35, 70].map((d) => ({
      id: `p${d}`,
      createdDateTime: new Date(now - d * 86_400_000).toISOString(),
    }));
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t1.id, events);
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t2.id, events.slice(0, 1));
    const { rows } = await ctx.db.pool.query(
      `SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'sign_ins'::regclass`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(3);
    expect(await ctx.signIns.count(t1.id)).toBe(3);
    expect(await ctx.signIns.count(t2.id)).toBe(1);
  });

  it('refuses a tenant outside the caller scope exactly like a missing one', async () => {
    const t = await ctx.newTenant();
    const other = { tenantIds: ['00000000-0000-4000-8000-000000000000'] };
    await expect(ctx.ingest.ingestSignIns(other, t.id, [])).rejects.toThrow(/not found/);
    await expect(
      ctx.ingest.ingestSignIns(ALL_TENANTS, '00000000-0000-4000-8000-000000000000', []),
    ).rejects.toThrow(/not found/);
  });
});

describe('snapshot ingestion', () => {
  it('stores a valid snapshot with the sources it carries and unknown fields kept', async () => {
    const t = await ctx.newTenant();
    const body = {
      capturedAt: new Date().toISOString(),
      exchangeOnline: {
        authenticationPolicies: [
          {
            Name: 'Block',
            AllowBasicAuthActiveSync: false,
            AllowBasicAuthAutodiscover: false,
            AllowBasicAuthOutlookService: false,
            RunspaceId: 'x',
          },
        ],
      },
    };
    const r = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, body);
    expect(r.sources).toEqual(['exchangeOnline']);
    const latest = await ctx.snapshots.latestPerSource(t.id);
    expect(latest).toHaveLength(1);
    expect(latest[0]!.data).toEqual(body.exchangeOnline);
  });

  it('refuses a bad body naming the JSON path of every problem, and stores nothing', async () => {
    const t = await ctx.newTenant();
    const body = {
      capturedAt: 'now',
      exchangeOnline: {
        authenticationPolicies: [{ Name: 'P', AllowBasicAuthActiveSync: 'false' }],
      },
      exchangeOnPremises: { activeSyncOrganizationSettings: { DefaultAccessLevel: 'Open' } },
      extra: 1,
    };
    const err = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInput);
    const paths = (err as InvalidInput).problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'capturedAt',
        'exchangeOnline.authenticationPolicies[0].AllowBasicAuthActiveSync',
        'exchangeOnPremises.activeSyncOrganizationSettings.DefaultAccessLevel',
        '(body)',
      ]),
    );
    expect(await ctx.history.countSnapshots(ALL_TENANTS, { tenantId: t.id })).toBe(0);
  });

  it('builds the view from the newest snapshot of each source', async () => {
    const t = await ctx.newTenant();
    const at = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, {
      capturedAt: at(3),
      exchangeOnline: { authenticationPolicies: [] },
      entra: { groups: [] },
    });
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, {
      capturedAt: at(1),
      exchangeOnline: { authenticationPolicies: [{ Name: 'new' }] },
    });
    const view = await ctx.views.build(t.id, await ctx.tenants.settings(ALL_TENANTS, t.id));
    expect(
      view.exchangeOnline.state === 'PRESENT' && view.exchangeOnline.data.authenticationPolicies,
    ).toEqual([{ Name: 'new' }]);
    expect(view.entra.state).toBe('PRESENT');
    expect(view.exchangeOnPremises.state).toBe('ABSENT');
  });
});

describe('one pipeline for pushed and pulled data', () => {
  const announced = (tenantId: string) =>
    ctx.announcer.announced.filter((a) => a.tenantId === tenantId).map((a) => a.kind);

  it('announces what it stored, once per ingestion, and nothing when nothing new was stored', async () => {
    const t = await ctx.newTenant();
    const [a] = microsoftSignIns('v1');
    const [b] = microsoftSignIns('beta');
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, [a]);
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, [a, { id: 'bad' }]);
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, {
      capturedAt: new Date().toISOString(),
      entra: { groups: [] },
    });
    await ctx.ingest
      .ingestSnapshot(ALL_TENANTS, t.id, { capturedAt: 'never' })
      .catch(() => undefined);
    expect(announced(t.id)).toEqual(['signins', 'snapshot']);
    // Pages (a pull) go through the same validation and storage, with progress after each page.
    const progress: Array<{ received: number; accepted: number; rejected: number }> = [];
    const r = await ctx.ingest.ingestSignInPages(ALL_TENANTS, t.id, [[a, b], [{ id: 'x' }]], {
      onBatch: async (p) => {
        progress.push({ received: p.received, accepted: p.accepted, rejected: p.rejected });
      },
    });
    expect(r).toEqual({
      accepted: 1,
      duplicates: 1,
      rejected: [{ index: 2, reason: expect.stringMatching(/createdDateTime/) }],
    });
    expect(progress).toEqual([
      { received: 2, accepted: 1, rejected: 0 },
      { received: 3, accepted: 1, rejected: 1 },
    ]);
    expect(announced(t.id)).toEqual(['signins', 'snapshot', 'signins']);
  });
});
