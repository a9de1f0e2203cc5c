import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  startApp,
  startWorker,
  type RunningApp,
  type RunningWorker,
} from '../support/app-process.js';

/**
 * The scale-out topology (README, "Scheduled work"): the API with JOBS=off stores what is pushed
 * and queues a check run; a separate `npm run worker` process runs it.
 */
let app: RunningApp;
let worker: RunningWorker | undefined;
let dbUrl: string;
let token: string;

beforeAll(async () => {
  dbUrl = freshDatabaseUrl(inject('templateDatabaseUrl'));
  app = await startApp({
    DATABASE_URL: dbUrl,
    JOBS: 'off',
    INGEST_RUN_DEBOUNCE_SECONDS: '2',
    JOB_POLL_SECONDS: '0.5',
  });
  token = lastLine(
    (await cli(app.env, ['token', 'create', '--name', 'ingest', '--role', 'ADMIN'])).stdout,
  );
});

afterAll(async () => {
  await worker?.stop();
  await app?.stop();
  if (dbUrl) await dropDatabase(dbUrl);
});

async function runs(tenantId: string, trigger: string): Promise<number> {
  const r = await gql<{ _allCheckRunsMeta: { count: number } }>(
    app.url,
    token,
    'query($t: ID!, $g: RunTrigger) { _allCheckRunsMeta(filter: { tenantId: $t, trigger: $g }) { count } }',
    { t: tenantId, g: trigger },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data._allCheckRunsMeta.count;
}

async function push(tenantId: string, kind: 'snapshots' | 'signins', body: unknown) {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenantId}/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(kind === 'snapshots' ? 201 : 200);
}

async function createTenant(name: string): Promise<string> {
  return (
    await gql<{ createTenant: { id: string } }>(
      app.url,
      token,
      'mutation($n: String!) { createTenant(name: $n) { id } }',
      { n: name },
    )
  ).data!.createTenant.id;
}

describe('JOBS=off plus a worker process', () => {
  it('runs the checks after a push: the API queues the run, the worker runs it', async () => {
    const snapshotTenant = await createTenant('Pushed snapshot');
    const signInTenant = await createTenant('Pushed sign-ins');
    await push(snapshotTenant, 'snapshots', {
      capturedAt: new Date().toISOString(),
      entra: { groups: [], users: [], conditionalAccessPolicies: [] },
    });
    await push(signInTenant, 'signins', {
      value: [
        {
          id: 'e2e-1',
          createdDateTime: new Date(Date.now() - 60_000).toISOString(),
          clientAppUsed: 'IMAP4',
          status: { errorCode: 0 },
        },
      ],
    });
    // Nothing works the queue in the API process: the runs wait for a worker, queued, not lost.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await runs(snapshotTenant, 'INGEST')).toBe(0);
    expect(await runs(signInTenant, 'INGEST')).toBe(0);

    worker = await startWorker(app.env);
    for (const t of [snapshotTenant, signInTenant]) {
      await expect
        .poll(() => runs(t, 'INGEST'), { timeout: 30_000, interval: 500 })
        .toBeGreaterThanOrEqual(1);
    }
    // A run is listed (RUNNING) as soon as it starts; on a busy machine it may not be done yet.
    const firstRun = async () =>
      (
        await gql<{ allCheckRuns: Array<{ status: string; trigger: string }> }>(
          app.url,
          token,
          'query($t: ID!) { allCheckRuns(filter: { tenantId: $t, trigger: INGEST }) { status trigger } }',
          { t: snapshotTenant },
        )
      ).data!.allCheckRuns[0];
    await expect
      .poll(async () => (await firstRun())?.status, { timeout: 30_000, interval: 500 })
      .not.toBe('RUNNING');
    expect(await firstRun()).toEqual({ status: 'SUCCEEDED', trigger: 'INGEST' });
    expect(worker.output()).not.toMatch(/could not queue/);
    expect(app.output()).not.toMatch(/could not queue/);
  });
});
