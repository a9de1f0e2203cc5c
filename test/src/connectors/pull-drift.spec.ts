import type { EmulatorHandle } from '@posture/emulator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, type RunningApp } from '../support/app-process.js';
import { startEmulatedApp, type EmulatedApp } from '../support/emulated-tenant.js';

/**
 * Drift of pulled and pushed snapshots, over real HTTP against the emulated Microsoft backend:
 * the emulator's rollout moves a day forward and drift shows exactly what its timeline changed;
 * pulling twice with nothing changed records none (realistic data is not noise).
 */
let emulator: EmulatorHandle;
let app: RunningApp;
let dbUrl: string;
let token: string;
let tenantId: string;

interface DriftRow {
  source: string;
  path: string;
  kind: string;
  before: unknown;
  after: unknown;
  to_snapshot_id: string;
}

async function driftRows(): Promise<DriftRow[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<DriftRow>(
      `SELECT source, path, kind, before, after, to_snapshot_id FROM drift_events
        WHERE tenant_id = $1 ORDER BY captured_at, path`,
      [tenantId],
    );
    return rows;
  } finally {
    await c.end();
  }
}

/** Pulls the tenant (Entra and Exchange Online) into one snapshot. */
async function pullSnapshot(): Promise<void> {
  const r = await gql<{
    syncTenant: { snapshot: { status: string; error: string | null } };
  }>(
    app.url,
    token,
    `mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status error } } }`,
    { t: tenantId },
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.data!.syncTenant.snapshot.status, r.data!.syncTenant.snapshot.error ?? '').toBe(
    'SUCCEEDED',
  );
}

async function pushOnPremises(): Promise<{ snapshotId: string; drift: Array<{ path: string }> }> {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(emulator.onPremisesSnapshot()),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { snapshotId: string; drift: Array<{ path: string }> };
}

let env: EmulatedApp;

beforeAll(async () => {
  env = await startEmulatedApp(inject('templateDatabaseUrl'), {
    users: 100,
    signInRate: 0.05,
    tokenName: 'drift',
  });
  ({ emulator, app, dbUrl, token, tenantId } = env);
});

afterAll(async () => {
  await env?.close();
});

describe('drift of pulled and pushed snapshots against the emulator', () => {
  it('records none between two pulls and two pushes of an unchanged tenant', async () => {
    await pullSnapshot();
    await pullSnapshot();
    await pushOnPremises();
    expect((await pushOnPremises()).drift).toEqual([]);
    expect(await driftRows()).toEqual([]);
  });

  it('records what the rollout changed when the pilot day comes', async () => {
    emulator.advance(1); // day 1: the pilot wave gets the blocking policy, on-premises is hardened
    await pullSnapshot();
    const pushed = await pushOnPremises();
    const rows = await driftRows();
    const pulledRows = rows.filter((r) => r.source !== 'exchangeOnPremises');
    // Pilot users got their policy assignment: changes of user AuthenticationPolicy only.
    expect(pulledRows.length).toBeGreaterThan(0);
    for (const r of pulledRows) {
      expect(r.path).toMatch(/^exchangeOnline\.users\[[^\]]+\]\.AuthenticationPolicy$/);
      expect(r).toMatchObject({ kind: 'CHANGED', before: null });
      expect(typeof r.after).toBe('string');
    }
    // The pushed on-premises snapshot answers with its drift, and stored the same.
    expect(pushed.drift.map((d) => d.path).sort()).toEqual(
      rows
        .filter((r) => r.to_snapshot_id === pushed.snapshotId)
        .map((r) => r.path)
        .sort(),
    );
    expect(pushed.drift.length).toBeGreaterThan(0);
    expect(pushed.drift.every((d) => d.path.startsWith('exchangeOnPremises.'))).toBe(true);
    expect(rows).toContainEqual(
      expect.objectContaining({
        path: 'exchangeOnPremises.activeSyncOrganizationSettings.DefaultAccessLevel',
        before: 'Allow',
        after: 'Block',
      }),
    );
  });
});
