import type { EmulatorHandle } from '@posture/emulator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, type RunningApp } from '../support/app-process.js';
import { startEmulatedApp, type EmulatedApp } from '../support/emulated-tenant.js';

/**
 * The emulator's default rollout (pilot on day 1, wave 2 on day 7, wave 3 with its nested
 * "Wave 3 - Field staff" group on day 10, the organization default on day 14), pulled, pushed
 * and checked over its simulated days, read back through `rolloutProgress` over HTTP.
 */
let emulator: EmulatorHandle;
let app: RunningApp;
let dbUrl: string;
let token: string;
let tenantId: string;

interface Wave {
  id: string;
  name: string;
  isPilot: boolean;
  members: number;
  covered: number;
  coverage: number | null;
  withoutMailbox: number;
  problem: string | null;
  readiness: Array<{
    userPrincipalName: string;
    mailboxLocation: string;
    covered: boolean;
    protocols: string[];
    count: number;
  }>;
  history: Array<{ at: string; coverage: number | null }>;
  projectedCompletion: { state: string; date: string | null };
}
interface Progress {
  overall: { members: number; covered: number; coverage: number | null; withoutMailbox: number };
  overallHistory: Array<{ at: string; coverage: number | null }>;
  waves: Wave[];
  projectedCompletion: { state: string; date: string | null };
}

const PROGRESS = `query($t: ID!) { rolloutProgress(tenantId: $t) {
  overall { members covered coverage withoutMailbox }
  overallHistory { at coverage }
  waves { id name isPilot members covered coverage withoutMailbox problem
    readiness { userPrincipalName mailboxLocation covered protocols count }
    history { at coverage } projectedCompletion { state date } }
  projectedCompletion { state date } } }`;

async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(app.url, token, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

/** One simulated day's data: a pull (Graph, Exchange Online, sign-ins), an on-premises push, a run. */
async function ingestDay(): Promise<void> {
  const r = await call<{ syncTenant: { snapshot: { status: string; error: string | null } } }>(
    `mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status error } } }`,
    { t: tenantId },
  );
  expect(r.syncTenant.snapshot.status, r.syncTenant.snapshot.error ?? '').toBe('SUCCEEDED');
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(emulator.onPremisesSnapshot()),
  });
  expect(res.status).toBe(201);
  await call(`mutation($t: ID!) { runChecks(tenantId: $t) { id } }`, { t: tenantId });
}

let env: EmulatedApp;

beforeAll(async () => {
  env = await startEmulatedApp(inject('templateDatabaseUrl'), {
    users: 120,
    signInRate: 0.2,
    tokenName: 'rollout',
  });
  ({ emulator, app, dbUrl, token, tenantId } = env);
});

afterAll(async () => {
  await env?.close();
});

describe('rollout progress over the emulator’s simulated days', () => {
  it('shows coverage rising wave by wave, and readiness names people who used legacy clients', async () => {
    await ingestDay();
    // The waves come from the group picker's query, not typed GUIDs.
    const { groups } = await call<{ groups: Array<{ id: string; displayName: string }> }>(
      `query($t: ID!, $q: String) { groups(tenantId: $t, q: $q) { id displayName } }`,
      { t: tenantId, q: 'wave' },
    );
    const names = groups.map((g) => g.displayName);
    expect(names).toEqual(
      expect.arrayContaining(['Pilot wave 1', 'Wave 2', 'Wave 3', 'Wave 3 - Field staff']),
    );
    const order = ['Pilot wave 1', 'Wave 2', 'Wave 3'];
    for (const [i, name] of order.entries()) {
      await call(
        `mutation($t: ID!, $n: String!, $g: String!, $o: Int!) {
           createRolloutWave(tenantId: $t, name: $n, groupId: $g, order: $o) { id } }`,
        { t: tenantId, n: name, g: groups.find((g) => g.displayName === name)!.id, o: i + 1 },
      );
    }
    await ingestDay(); // day 0 again, now with the waves' (transitive) members
    const days = [1, 7, 10, 14];
    let day = 0;
    const seen: Progress[] = [
      await call<{ rolloutProgress: Progress }>(PROGRESS, { t: tenantId }).then(
        (d) => d.rolloutProgress,
      ),
    ];
    for (const d of days) {
      emulator.advance(d - day);
      day = d;
      await ingestDay();
      seen.push(
        (await call<{ rolloutProgress: Progress }>(PROGRESS, { t: tenantId })).rolloutProgress,
      );
    }
    const last = seen[seen.length - 1]!;
    const byName = (p: Progress, n: string) => p.waves.find((w) => w.name === n)!;

    // Day 0: nobody covered; each wave reaches 100% on its day and stays there.
    for (const n of order) expect(byName(seen[0]!, n).covered).toBe(0);
    expect(byName(seen[1]!, 'Pilot wave 1').coverage).toBe(1);
    expect(byName(seen[1]!, 'Wave 2').coverage).toBe(0);
    expect(byName(seen[2]!, 'Wave 2').coverage).toBe(1);
    expect(byName(seen[3]!, 'Wave 3').coverage).toBe(1);
    // Wave 3 resolves its nested group (transitiveMembers), no error.
    expect(byName(last, 'Wave 3').problem).toBeNull();
    expect(byName(last, 'Wave 3').members).toBeGreaterThan(0);
    expect(byName(last, 'Pilot wave 1').isPilot).toBe(true);
    expect(byName(last, 'Pilot wave 1').projectedCompletion.state).toBe('COMPLETE');

    // Overall coverage only rises, and the history holds every point (one per run's data).
    const overall = last.overallHistory.map((h) => h.coverage ?? 0);
    expect(overall.length).toBeGreaterThanOrEqual(days.length + 1);
    for (let i = 1; i < overall.length; i++)
      expect(overall[i]!).toBeGreaterThanOrEqual(overall[i - 1]!);
    expect(overall[overall.length - 1]!).toBeGreaterThan(overall[0]!);
    expect(seen.map((p) => p.overall.coverage ?? 0)).toEqual(
      [...seen.map((p) => p.overall.coverage ?? 0)].sort((a, b) => a - b),
    );

    // Readiness: wave members with successful legacy sign-ins in
    // the window, exactly as the sign-in table holds them, or an on-premises EAS partnership.
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      const { rows } = await c.query<{ upn: string }>(
        `SELECT DISTINCT user_principal_name AS upn FROM sign_ins
          WHERE tenant_id = $1 AND is_legacy AND is_success AND created_at >= now() - interval '7 days'`,
        [tenantId],
      );
      const legacy = new Set(rows.map((r) => r.upn));
      const ready = last.waves.flatMap((w) => w.readiness);
      expect(ready.length).toBeGreaterThan(0);
      for (const r of ready) {
        const bySignIn = r.protocols.some((p) => p !== 'Exchange ActiveSync (on-premises)');
        if (bySignIn) expect(legacy.has(r.userPrincipalName), r.userPrincipalName).toBe(true);
        expect(r.count).toBeGreaterThan(0);
      }
    } finally {
      await c.end();
    }

    // The CSV export of each wave: every member, matching the API's figures and readiness.
    for (const w of last.waves) {
      const url = `${app.url}/api/v1/tenants/${tenantId}/rollout/waves/${w.id}/members.csv`;
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = (await res.text()).trim().split('\r\n');
      expect(lines[0]).toBe(
        'userPrincipalName,wave,mailboxLocation,covered,effectivePolicy,policySource,reason,protocols,clients,legacyCount,lastSeen',
      );
      const rows = lines.slice(1).map((l) => l.split(','));
      expect(rows).toHaveLength(w.members);
      expect(rows.filter((r) => r[3] === 'true')).toHaveLength(w.covered);
      expect(rows.filter((r) => r[2] === 'NONE')).toHaveLength(w.withoutMailbox);
      const counted = new Map(rows.map((r) => [r[0], Number(r[r.length - 2])]));
      for (const r of w.readiness) expect(counted.get(r.userPrincipalName)).toBe(r.count);
    }
    const anyWave = last.waves[0]!.id;
    const csv = `${app.url}/api/v1/tenants/${tenantId}/rollout/waves/${anyWave}/members.csv`;
    expect((await fetch(csv)).status).toBe(401);
    const missing = csv.replace(anyWave, '00000000-0000-4000-8000-000000000000');
    expect((await fetch(missing, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      404,
    );
  });
});
