import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_TENANTS } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';
import { project } from './progress.js';
import { ON_PREM_EAS } from './rollout-progress.service.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BLOCK_EXO = {
  Name: 'Block Basic Auth',
  AllowBasicAuthActiveSync: false,
  AllowBasicAuthAutodiscover: false,
  AllowBasicAuthOutlookService: false,
};
const BLOCK_ONPREM = {
  Name: 'Block Legacy',
  BlockLegacyAuthActiveSync: true,
  BlockLegacyAuthAutodiscover: true,
};
const exo = (upn: string, type: string, policy: string | null = null) => ({
  UserPrincipalName: upn,
  ExternalDirectoryObjectId: `id-${upn.split('@')[0]}`,
  RecipientTypeDetails: type,
  AuthenticationPolicy: policy,
});
const onPrem = (upn: string, type: string, policy: string | null = null) => ({
  UserPrincipalName: upn,
  Identity: `corp.contoso.com/Users/${upn.split('@')[0]}`,
  RecipientTypeDetails: type,
  AuthenticationPolicy: policy,
});
const user = (upn: string) => ({
  '@odata.type': '#microsoft.graph.user',
  id: `id-${upn.split('@')[0]}`,
  userPrincipalName: upn,
});

/**
 * Pilot (g-pilot) = ann (online) + nested g-field = cat (on-premises), fay (no mailbox).
 * Wave 2 (g-w2) = bob (online), dan (on-premises). Step by step the policies reach them:
 *   point 0: nobody           pilot 0/2  wave 2 0/2
 *   point 1: ann, cat         pilot 2/2  wave 2 0/2
 *   point 2: + bob            pilot 2/2  wave 2 1/2
 */
function snapshot(step: number, capturedAt: Date) {
  return {
    capturedAt: capturedAt.toISOString(),
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: null },
      authenticationPolicies: [BLOCK_EXO],
      users: [
        exo('ann@contoso.com', 'UserMailbox', step >= 1 ? 'Block Basic Auth' : null),
        exo('bob@contoso.com', 'UserMailbox', step >= 2 ? 'Block Basic Auth' : null),
        exo('cat@contoso.com', 'MailUser'),
        // Exchange Online's policy does not reach dan's on-premises mailbox.
        exo('dan@contoso.com', 'MailUser', 'Block Basic Auth'),
        exo('fay@contoso.com', 'User'),
      ],
    },
    exchangeOnPremises: {
      organizationConfig: { DefaultAuthenticationPolicy: null },
      authenticationPolicies: [BLOCK_ONPREM],
      users: [
        onPrem('ann@contoso.com', 'RemoteUserMailbox'),
        onPrem('bob@contoso.com', 'RemoteUserMailbox'),
        onPrem('cat@contoso.com', 'UserMailbox', step >= 1 ? 'Block Legacy' : null),
        onPrem('dan@contoso.com', 'UserMailbox'),
      ],
      mobileDevices: [
        {
          DeviceId: 'dan-iphone',
          UserDisplayName: 'corp.contoso.com/Users/dan',
          DeviceType: 'iPhone',
          DeviceModel: 'iPhone15C2',
          LastSuccessSync: new Date(capturedAt.getTime() - HOUR).toISOString(),
        },
        {
          // Outlook mobile over HMA: Exchange Online's partnership, nobody's mail stops.
          DeviceId: 'cat-outlook',
          UserDisplayName: 'corp.contoso.com/Users/cat',
          DeviceType: 'OutlookService',
          DeviceModel: 'Outlook for iOS and Android',
          LastSuccessSync: new Date(capturedAt.getTime() - HOUR).toISOString(),
        },
      ],
    },
    entra: {
      groups: [
        {
          id: 'g-pilot',
          displayName: 'Pilot',
          members: [
            user('ann@contoso.com'),
            { '@odata.type': '#microsoft.graph.group', id: 'g-field' },
          ],
        },
        {
          id: 'g-field',
          displayName: 'Field staff',
          members: [
            user('cat@contoso.com'),
            user('fay@contoso.com'),
            // A cycle back to the pilot group ends, it does not loop or fail.
            { '@odata.type': '#microsoft.graph.group', id: 'g-pilot' },
          ],
        },
        {
          id: 'g-w2',
          displayName: 'Wave 2',
          members: [user('bob@contoso.com'), user('dan@contoso.com')],
        },
      ],
    },
  };
}

describe('rollout progress over several snapshots (real PostgreSQL)', () => {
  it('writes coverage points when a snapshot is stored, before any run; a run over the same data rewrites them', async () => {
    const t = await ctx.newTenant('Points at store');
    const now = Date.now();
    const at = (step: number) => new Date(now - (3 - step) * 2 * HOUR);
    const points = async () =>
      (
        await ctx.db.pool.query<{
          wave_key: string;
          captured_at: Date;
          covered: number;
          members: number;
          run_id: string | null;
          snapshot_id: string | null;
        }>(
          `SELECT wave_key, captured_at, covered, members, run_id, snapshot_id
             FROM rollout_coverage_points WHERE tenant_id = $1 ORDER BY captured_at, wave_key`,
          [t.id],
        )
      ).rows;
    const s0 = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, snapshot(0, at(0)));
    // No wave yet: the organization's point only, written with the snapshot.
    expect((await points()).map((p) => [p.wave_key, p.captured_at.getTime(), p.run_id])).toEqual([
      ['overall', at(0).getTime(), null],
    ]);
    const pilot = await ctx.waves.create(ALL_TENANTS, t.id, {
      name: 'Pilot',
      groupId: 'g-pilot',
      order: 1,
    });
    const s1 = await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, snapshot(1, at(1)));
    const stored = await points();
    const atOne = stored.filter((p) => p.captured_at.getTime() === at(1).getTime());
    expect(atOne).toHaveLength(2);
    expect(atOne.find((p) => p.wave_key === 'overall')).toMatchObject({
      run_id: null,
      snapshot_id: s1.snapshotId,
    });
    expect(atOne.find((p) => p.wave_key === pilot.id)).toMatchObject({
      covered: 2,
      members: 3,
      run_id: null,
    });
    expect(s0.snapshotId).not.toBe(s1.snapshotId);
    // The check run over the same data rewrites the same rows (adds its id), adds none.
    const run = await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    const after = await points();
    expect(after).toHaveLength(stored.length);
    expect(after.map((p) => [p.wave_key, p.covered, p.members])).toEqual(
      stored.map((p) => [p.wave_key, p.covered, p.members]),
    );
    expect(
      after.filter((p) => p.captured_at.getTime() === at(1).getTime())[0]!.run_id,
    ).not.toBeNull();
    expect(run?.id).toBeTruthy();
    // A collector catching up: a snapshot captured between the two gets its own point, computed
    // from the data as it was then (step 0's policies), not from the newer snapshot.
    const late = new Date(at(0).getTime() + HOUR);
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, snapshot(0, late));
    const latePoint = (await points()).find(
      (p) => p.wave_key === pilot.id && p.captured_at.getTime() === late.getTime(),
    );
    expect(latePoint).toMatchObject({ covered: 0, members: 3 });
  });

  it('stores coverage per wave and overall at each run, lists readiness and projects', async () => {
    const t = await ctx.newTenant('Rollout');
    const now = Date.now();
    const at = (step: number) => new Date(now - (3 - step) * 2 * HOUR);
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, snapshot(0, at(0)));
    const pilot = await ctx.waves.create(ALL_TENANTS, t.id, {
      name: 'Pilot',
      groupId: 'g-pilot',
      order: 1,
    });
    const wave2 = await ctx.waves.create(ALL_TENANTS, t.id, {
      name: 'Wave 2',
      groupId: 'g-w2',
      order: 2,
      plannedAt: new Date(now + 7 * DAY),
    });
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    for (const step of [1, 2]) {
      await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, snapshot(step, at(step)));
      await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    }
    // A second run over the same data replaces its point, it adds none.
    await ctx.runs.run(ALL_TENANTS, t.id, 'MANUAL');
    await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, [
      ...[1, 2, 3].map((i) => ({
        id: `bob-imap-${i}`,
        createdDateTime: new Date(now - i * HOUR).toISOString(),
        userPrincipalName: 'Bob@contoso.com',
        clientAppUsed: 'IMAP4',
        appDisplayName: 'Thunderbird',
        status: { errorCode: 0 },
      })),
      {
        id: 'dan-eas',
        createdDateTime: new Date(now - 30 * 60_000).toISOString(),
        userPrincipalName: 'dan@contoso.com',
        clientAppUsed: 'Exchange ActiveSync',
        deviceDetail: { operatingSystem: 'iOS 17' },
        status: { errorCode: 0 },
      },
      {
        // A failed legacy attempt is already blocked: not a person whose mail stops.
        id: 'ann-pop-failed',
        createdDateTime: new Date(now - HOUR).toISOString(),
        userPrincipalName: 'ann@contoso.com',
        clientAppUsed: 'POP3',
        status: { errorCode: 50126 },
      },
    ]);

    const p = await ctx.rollout.progress(ALL_TENANTS, t.id, new Date(now));
    const [w1, w2] = p.waves;
    expect(w1).toMatchObject({
      id: pilot.id,
      isPilot: true,
      members: 3,
      covered: 2,
      withoutMailbox: 1,
      coverage: 1,
    });
    expect(w2).toMatchObject({
      id: wave2.id,
      isPilot: false,
      members: 2,
      covered: 1,
      withoutMailbox: 0,
      coverage: 0.5,
    });
    expect(w1!.history.map((h) => [h.covered, h.members, h.coverage])).toEqual([
      [0, 3, 0],
      [2, 3, 1],
      [2, 3, 1],
    ]);
    expect(w2!.history.map((h) => h.coverage)).toEqual([0, 0, 0.5]);
    expect(w2!.history.map((h) => h.at.getTime())).toEqual(
      [at(0), at(1), at(2)].map((d) => d.getTime()),
    );
    // Overall: ann, bob, cat, dan have mailboxes; fay has none.
    expect(p.overall).toMatchObject({ members: 5, covered: 3, withoutMailbox: 1, coverage: 0.75 });
    expect(p.overallHistory.map((h) => h.coverage)).toEqual([0, 0.5, 0.75]);

    expect(w1!.projectedCompletion.state).toBe('COMPLETE');
    expect(w2!.projectedCompletion.state).toBe('PROJECTED');
    expect(p.projectedCompletion.state).toBe('PROJECTED');

    expect(w1!.readiness).toEqual([]);
    expect(w2!.readiness).toEqual([
      {
        userPrincipalName: 'bob@contoso.com',
        mailboxLocation: 'ONLINE',
        covered: true,
        protocols: ['IMAP4'],
        clients: ['Thunderbird'],
        count: 3,
        lastSeen: new Date(now - HOUR),
      },
      {
        userPrincipalName: 'dan@contoso.com',
        mailboxLocation: 'ON_PREMISES',
        covered: false,
        protocols: ['Exchange ActiveSync', ON_PREM_EAS],
        clients: ['iOS 17', 'iPhone15C2 · iPhone'],
        count: 2,
        lastSeen: new Date(now - 30 * 60_000),
      },
    ]);

    const rows = await ctx.db.pool.query(
      `SELECT count(*)::int AS n FROM rollout_coverage_points WHERE tenant_id = $1`,
      [t.id],
    );
    expect(rows.rows[0].n).toBe(9);

    // History survives the wave's deletion (name and order were copied).
    await ctx.waves.delete(ALL_TENANTS, wave2.id);
    const kept = await ctx.db.pool.query(
      `SELECT wave_name FROM rollout_coverage_points WHERE tenant_id = $1 AND wave_key = $2`,
      [t.id, wave2.id],
    );
    expect(kept.rows.map((r) => r.wave_name)).toEqual(['Wave 2', 'Wave 2', 'Wave 2']);
  });

  it('finds groups of the newest Entra data by name or id, bounded, within the scope', async () => {
    const t = await ctx.newTenant('Groups');
    await ctx.ingest.ingestSnapshot(ALL_TENANTS, t.id, snapshot(0, new Date()));
    expect((await ctx.rollout.groups(ALL_TENANTS, t.id, 'wave')).map((g) => g.id)).toEqual([
      'g-w2',
    ]);
    expect((await ctx.rollout.groups(ALL_TENANTS, t.id, 'G-F')).map((g) => g.displayName)).toEqual([
      'Field staff',
    ]);
    expect(await ctx.rollout.groups(ALL_TENANTS, t.id, '')).toHaveLength(3);
    await expect(ctx.rollout.groups(ALL_TENANTS, t.id, 'x'.repeat(201))).rejects.toThrow(
      /invalid group search/,
    );
    await expect(ctx.rollout.groups({ tenantIds: [] }, t.id, '')).rejects.toThrow();
  });
});

describe('projection (least squares over the recent points)', () => {
  const day = (d: number, coverage: number | null) => ({
    at: new Date(Date.UTC(2027, 0, 1) + d * DAY),
    coverage,
  });

  it('projects a rising trend to the day it reaches 100%', () => {
    // 10 percentage points a day from 50% on day 0 to 80% on day 3: 100% on day 5.
    const p = project([day(0, 0.5), day(1, 0.6), day(2, 0.7), day(3, 0.8)]);
    expect(p.state).toBe('PROJECTED');
    expect(p.date?.toISOString()).toBe(new Date(Date.UTC(2027, 0, 6)).toISOString());
    expect(p.slopePerDay).toBeCloseTo(0.1);
  });

  it('only reads the last 14 days before the newest point', () => {
    // An old flat stretch does not slow the recent trend.
    const old = Array.from({ length: 19 }, (_, i) => day(i, 0.1));
    const p = project([...old, day(30, 0.5), day(31, 0.6), day(32, 0.7), day(33, 0.8)]);
    expect(p.date?.toISOString()).toBe(new Date(Date.UTC(2027, 0, 1) + 35 * DAY).toISOString());
  });

  it('says no progress when flat or falling, complete at 100%, and too few points', () => {
    expect(project([day(0, 0.4), day(1, 0.4), day(2, 0.4)]).state).toBe('NO_PROGRESS');
    expect(project([day(0, 0.6), day(1, 0.5)]).state).toBe('NO_PROGRESS');
    expect(project([day(0, 0.2), day(1, 1)]).state).toBe('COMPLETE');
    expect(project([day(0, 0.2)]).state).toBe('INSUFFICIENT_DATA');
    expect(project([day(0, null), day(1, null)]).state).toBe('INSUFFICIENT_DATA');
    expect(project([]).state).toBe('INSUFFICIENT_DATA');
  });
});
