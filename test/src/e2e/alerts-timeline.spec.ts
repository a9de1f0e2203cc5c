import { DEFAULT_REGRESSIONS, startEmulator, type EmulatorHandle } from '@posture/emulator';
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
import { createEmulatedTenant } from '../support/emulated-tenant.js';

/**
 * The demo's story, day by day. An emulated tenant with the DEFAULT scenario (the rollout, and
 * EMULATOR_REGRESSIONS' default `2:pilotMemberAdded,3:exoPolicyAllowsBasic,
 * 4:deviceAllowedIndividually,5:outlookServiceRuleDeleted,6:caPolicyReportOnly`) is set up as
 * the demo sets its tenant up (declared sources, rollout waves from its "wave" groups); then each
 * simulated day is played: advance the emulator's clock, pull, push the on-premises snapshot as
 * the demo's collector does, run the checks. What each run opened and resolved is read back
 * through GraphQL (`CheckRun.changes`, `allAlerts`) and held against what the scenario code
 * implies. A second tenant plays the same regressions each repaired two days later
 * (`<day>:<kind>:<day + 2>`), so the alerts also resolve themselves.
 */
let app: RunningApp;
let dbUrl: string;
let token: string;
const emulators: EmulatorHandle[] = [];

const PILOT = 'ROLLOUT.PILOT_COVERAGE';
const DEVICES = 'ONPREM.EAS.UNAPPROVED_DEVICES';
const OUTLOOK_SERVICE = 'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED';
const CA_LEGACY = 'ENTRA.CA.BLOCK_LEGACY_AUTH';
const CA_MFA = 'ENTRA.CA.MFA_EXCHANGE';

interface Day {
  day: number;
  /** Alerts the day's run opened, `<check> <kind>`, DRIFT left out (they open at ingestion). */
  opened: string[];
  /** Alerts the day's run resolved, DRIFT included (a regression explains their change). */
  resolved: string[];
  /** DRIFT alerts the day's snapshots opened or added a change to: check and changed paths. */
  drift: Array<{ checkId: string; paths: string[] }>;
}

async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(app.url, token, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

/** One emulated tenant of the app, fed and checked as the demo feeds and checks its own. */
class Story {
  private driftItems = new Map<string, number>();
  constructor(
    readonly emulator: EmulatorHandle,
    readonly tenantId: string,
  ) {}

  static async start(emulator: EmulatorHandle): Promise<Story> {
    const tenantId = await createEmulatedTenant(app, token, emulator);
    await call(
      `mutation($t: ID!, $s: TenantSettingsInput!) { updateTenant(id: $t, settings: $s) { id } }`,
      {
        t: tenantId,
        s: {
          signInLookbackDays: 2,
          declaredSources: ['exchangeOnline', 'exchangeOnPremises', 'entra', 'signIns'],
          // As the demo names them: the Conditional Access checks tell the emulated tenant's two
          // break-glass accounts from other exclusions (api/src/demo/demo.ts).
          emergencyAccessAccounts: ['breakglass01', 'breakglass02'].map(
            (u) => `${u}@${emulator.tenants[0]!.initialDomain}`,
          ),
        },
      },
    );
    const story = new Story(emulator, tenantId);
    await story.pull();
    await story.wavesFromGroups();
    return story;
  }

  async pull(): Promise<void> {
    const r = await call<{ syncTenant: { snapshot: { status: string; error: string | null } } }>(
      `mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status error } } }`,
      { t: this.tenantId },
    );
    expect(r.syncTenant.snapshot.status, r.syncTenant.snapshot.error ?? '').toBe('SUCCEEDED');
  }

  async pushOnPremises(): Promise<void> {
    const res = await fetch(`${app.url}/api/v1/tenants/${this.tenantId}/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(this.emulator.onPremisesSnapshot()),
    });
    expect(res.status).toBe(201);
  }

  /** The rollout waves as the demo makes them (createFromGroups(/wave/i)): by name. */
  private async wavesFromGroups(): Promise<void> {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    let groups: Array<{ id: string; displayName: string }>;
    try {
      const { rows } = await c.query<{ g: Array<{ id: string; displayName: string }> }>(
        `SELECT raw -> 'entra' -> 'groups' AS g FROM snapshots
          WHERE tenant_id = $1 AND 'entra' = ANY(sources) ORDER BY captured_at DESC LIMIT 1`,
        [this.tenantId],
      );
      groups = rows[0]!.g;
    } finally {
      await c.end();
    }
    const waves = groups
      .filter((g) => /wave/i.test(g.displayName))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en', { numeric: true }));
    expect(waves.length).toBeGreaterThanOrEqual(3);
    for (const [i, g] of waves.entries()) {
      await call(
        `mutation($t: ID!, $n: String!, $g: String!, $o: Int!) {
           createRolloutWave(tenantId: $t, name: $n, groupId: $g, order: $o) { id } }`,
        { t: this.tenantId, n: g.displayName, g: g.id, o: i + 1 },
      );
    }
  }

  /** Days 0..last: day 0 as it is, then advance one day, pull, push, run. */
  async play(last: number): Promise<Day[]> {
    // The snapshot carries the members of wave groups once there are waves.
    await this.pull();
    await this.pushOnPremises();
    const days = [await this.check(0)];
    for (let day = 1; day <= last; day++) {
      this.emulator.advance(1);
      await this.pull();
      await this.pushOnPremises();
      days.push(await this.check(day));
    }
    return days;
  }

  private async check(day: number): Promise<Day> {
    const { runChecks } = await call<{
      runChecks: {
        status: string;
        changes: {
          opened: Array<{ checkId: string; kind: string }>;
          resolved: Array<{ checkId: string; kind: string }>;
        };
      };
    }>(
      `mutation($t: ID!) { runChecks(tenantId: $t) { status changes {
         opened { checkId kind } resolved { checkId kind } } } }`,
      { t: this.tenantId },
    );
    expect(runChecks.status).toBe('SUCCEEDED');
    const { allAlerts } = await call<{
      allAlerts: Array<{ id: string; checkId: string; items: Array<{ key: string }> }>;
    }>(
      `query($t: ID!) { allAlerts(perPage: 500, filter: { tenantId: $t, kind: DRIFT }) {
         id checkId items { key } } }`,
      { t: this.tenantId },
    );
    const drift: Day['drift'] = [];
    for (const a of allAlerts) {
      const seen = this.driftItems.get(a.id) ?? 0;
      if (a.items.length > seen) {
        drift.push({ checkId: a.checkId, paths: a.items.slice(seen).map((i) => i.key) });
      }
      this.driftItems.set(a.id, a.items.length);
    }
    const name = (a: { checkId: string; kind: string }) => `${a.checkId} ${a.kind}`;
    return {
      day,
      opened: runChecks.changes.opened
        .filter((a) => a.kind !== 'DRIFT')
        .map(name)
        .sort(),
      resolved: runChecks.changes.resolved.map(name).sort(),
      drift,
    };
  }
}

/** The checks that a drift alert opened (or grew) on that day, for changes under `path`. */
const driftChecks = (d: Day, path: string) =>
  d.drift
    .filter((x) => x.paths.some((p) => p.startsWith(path)))
    .map((x) => x.checkId)
    .sort();

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({ DATABASE_URL: dbUrl });
  token = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'timeline', '--role', 'ADMIN'])).stdout,
  );
}, 60_000);

afterAll(async () => {
  await app?.stop();
  for (const e of emulators) await e.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

/** The smallest tenant, few sign-ins, and a clock that moves only when told to. */
async function emulator(regressions?: typeof DEFAULT_REGRESSIONS): Promise<EmulatorHandle> {
  const e = await startEmulator({
    port: 0,
    users: 100,
    signInRate: 0.05,
    daySeconds: 86_400,
    ...(regressions ? { regressions: [...regressions] } : {}),
  });
  emulators.push(e);
  return e;
}

describe('the emulator demo timeline, day by day', () => {
  it('the default scenario: each regression day opens the alert its regression implies, and drift that is no regression raises INFO alerts', async () => {
    const story = await Story.start(await emulator());
    const days = await story.play(7);
    const [d0, d1, d2, d3, d4, d5, d6, d7] = days;

    // Day 0 is the baseline; day 1 the pilot is rolled out and on-premises hardened: checks get
    // better, which opens no alert (the settings that moved raise INFO drift alerts).
    expect([d0!.opened, d1!.opened]).toEqual([[], []]);
    expect(driftChecks(d1!, 'exchangeOnPremises.activeSyncOrganizationSettings')).toContain(
      'ONPREM.EAS.DEFAULT_BLOCK',
    );

    // Day 2, pilotMemberAdded: three users join the pilot group without the policy.
    expect(d2!.opened).toEqual([`${PILOT} REGRESSION`]);
    // Its membership drift shows as that regression: the run resolves the pilot's drift alert.
    expect(d2!.resolved).toContain(`${PILOT} DRIFT`);

    // Day 3, exoPolicyAllowsBasic: "Block Basic Auth" allows Basic for ActiveSync. The exception
    // policy still turns the three mobile flags off, so EXO.AUTHPOL.BLOCKS_BASIC stays PASS
    // (metric 2 → 1), and the pilot's coverage already fails: no new regression alert. The
    // change is drift of every check that reads the flag, except the pilot (already alerted).
    expect(d3!.opened).toEqual([]);
    const flip = 'exchangeOnline.authenticationPolicies[Block Basic Auth].AllowBasicAuthActiveSync';
    expect(driftChecks(d3!, flip)).toEqual([
      'EXO.AUTHPOL.BLOCKS_BASIC',
      'EXO.AUTHPOL.ORG_DEFAULT',
      'ROLLOUT.ORG_COVERAGE',
      'ROLLOUT.SCHEDULE',
    ]);

    // Day 4, deviceAllowedIndividually: an iPhone partnership Allowed by hand (an observation,
    // not a setting: no drift).
    expect(d4!.opened).toEqual([`${DEVICES} REGRESSION`]);
    expect(d4!.drift).toEqual([]);

    // Day 5, outlookServiceRuleDeleted: the OutlookService allow rule is gone. The rule's
    // drift raised alerts at the push; the run's regression explains it for OUTLOOKSERVICE_ALLOWED.
    expect(d5!.opened).toEqual([`${OUTLOOK_SERVICE} REGRESSION`]);
    expect(driftChecks(d5!, 'exchangeOnPremises.activeSyncDeviceAccessRules')).toContain(
      OUTLOOK_SERVICE,
    );
    expect(d5!.resolved).toEqual([`${OUTLOOK_SERVICE} DRIFT`]);

    // Day 6, caPolicyReportOnly: CA001 (block legacy authentication) goes report-only.
    expect(d6!.opened).toEqual([`${CA_LEGACY} REGRESSION`]);
    expect(d6!.resolved).toEqual([`${CA_LEGACY} DRIFT`]);

    // Day 7, wave 2 gets the policy: nothing regresses, nothing is fixed.
    expect([d7!.opened, d7!.resolved.filter((r) => !r.endsWith('DRIFT'))]).toEqual([[], []]);

    // The regressions stay (the default scenario repairs none): one open alert per check.
    const { allAlerts } = await call<{ allAlerts: Array<{ checkId: string; state: string }> }>(
      `query($t: ID!) { allAlerts(perPage: 100, filter: { tenantId: $t, state: [OPEN],
         kind: REGRESSION }) { checkId state } }`,
      { t: story.tenantId },
    );
    expect(allAlerts.map((a) => a.checkId).sort()).toEqual(
      [CA_LEGACY, DEVICES, OUTLOOK_SERVICE, PILOT].sort(),
    );

    // The pilot's alert is explained by its drift: the three users who joined the pilot group.
    const explained = await call<{
      allAlerts: Array<{ drift: Array<{ path: string; kind: string }> }>;
    }>(
      `query($t: ID!, $c: String!) { allAlerts(filter: { tenantId: $t, checkId: $c,
         kind: REGRESSION }) { drift { path kind } } }`,
      { t: story.tenantId, c: PILOT },
    );
    const drift = explained.allAlerts[0]!.drift;
    expect(drift).toHaveLength(3);
    for (const e of drift) {
      expect(e.kind).toBe('ADDED');
      expect(e.path).toMatch(/^entra\.groups\[[^\]]+\]\.members\[[^\]]+\]$/);
    }
  }, 90_000);

  it('the same regressions repaired two days later resolve their alerts by themselves', async () => {
    const windows = DEFAULT_REGRESSIONS.map((r) => ({ ...r, untilDay: r.day + 2 }));
    const story = await Story.start(await emulator(windows));
    const days = await story.play(10);
    const opened = days.flatMap((d) => d.opened.map((o) => `${d.day} ${o}`));
    const resolved = days.flatMap((d) =>
      d.resolved.filter((r) => !r.endsWith('DRIFT')).map((r) => `${d.day} ${r}`),
    );
    expect(opened).toEqual([
      `2 ${PILOT} REGRESSION`,
      `4 ${DEVICES} REGRESSION`,
      `5 ${OUTLOOK_SERVICE} REGRESSION`,
      `6 ${CA_LEGACY} REGRESSION`,
      // caMfaTrustedLocationsExcluded: the MFA policy stops applying in trusted locations.
      `8 ${CA_MFA} REGRESSION`,
    ]);
    // Each resolves itself on the day its repair makes the check pass. The pilot's users leave
    // the group on day 4, but "Block Basic Auth" allows ActiveSync until day 5
    // (exoPolicyAllowsBasic), so the pilot is covered again only then.
    expect(resolved).toEqual([
      `5 ${PILOT} REGRESSION`,
      `6 ${DEVICES} REGRESSION`,
      `7 ${OUTLOOK_SERVICE} REGRESSION`,
      `8 ${CA_LEGACY} REGRESSION`,
      `10 ${CA_MFA} REGRESSION`,
    ]);
    // Nothing is left open but INFO drift alerts.
    const { allAlerts } = await call<{ allAlerts: Array<{ kind: string }> }>(
      `query($t: ID!) { allAlerts(perPage: 500, filter: { tenantId: $t, state: [OPEN, ACKNOWLEDGED] }) { kind } }`,
      { t: story.tenantId },
    );
    expect(new Set(allAlerts.map((a) => a.kind))).toEqual(new Set(['DRIFT']));
  }, 90_000);
});
