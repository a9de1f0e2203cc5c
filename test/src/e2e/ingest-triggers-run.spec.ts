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

/** With JOBS=on, stored data queues a check run for its tenant, at most one per debounce period. */
let app: RunningApp;
let dbUrl: string;
let token: string;

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({
    DATABASE_URL: dbUrl,
    JOBS: 'on',
    INGEST_RUN_DEBOUNCE_SECONDS: '5',
    JOB_POLL_SECONDS: '0.5',
  });
  token = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'ingest', '--role', 'ADMIN'])).stdout,
  );
});

afterAll(async () => {
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

async function ingestRuns(tenantId: string): Promise<number> {
  const r = await gql<{ _allCheckRunsMeta: { count: number } }>(
    app.url,
    token,
    'query($t: ID!) { _allCheckRunsMeta(filter: { tenantId: $t, trigger: INGEST }) { count } }',
    { t: tenantId },
  );
  return r.data!._allCheckRunsMeta.count;
}

describe('ingestion queues a check run', () => {
  it('runs the checks after a push, and three quick pushes make at most two runs', async () => {
    const t = (
      await gql<{ createTenant: { id: string } }>(
        app.url,
        token,
        'mutation { createTenant(name: "Pushed") { id } }',
      )
    ).data!.createTenant.id;
    const body = JSON.stringify({
      capturedAt: new Date().toISOString(),
      entra: { groups: [], users: [], conditionalAccessPolicies: [] },
    });
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${app.url}/api/v1/tenants/${t}/snapshots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      expect(res.status).toBe(201);
    }
    await expect
      .poll(() => ingestRuns(t), { timeout: 20_000, interval: 500 })
      .toBeGreaterThanOrEqual(1);
    // The debounced follow-up lands in the next period; nothing beyond it.
    await new Promise((r) => setTimeout(r, 7_000));
    const runs = await ingestRuns(t);
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(2);
  });
});
