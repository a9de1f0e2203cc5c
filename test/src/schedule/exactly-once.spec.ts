import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createTestDatabase } from '@posture/prisma/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO } from '../support/app-process.js';

/**
 * Two worker processes on one database, a schedule that fires every two seconds: every tenant's
 * scheduled run must happen exactly once per slot — no slot twice, none skipped — and a tenant
 * whose runs fail must not stop the others.
 */
let db: { url: string; drop(): Promise<void> };
let client: pg.Client;
const EVERY_2S = '*/2 * * * * *';

function startWorker(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [path.join(REPO, 'api', 'dist', 'worker.js')], {
    env,
    cwd: REPO,
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

const exited = (c: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    c.exitCode !== null ? resolve(c.exitCode) : c.once('exit', resolve),
  );

beforeAll(async () => {
  db = await createTestDatabase(inject('templateDatabaseUrl'));
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('the schedule with two workers', () => {
  it('runs each tenant once per slot, and one failing tenant stops nobody', async () => {
    const names = ['A', 'B', 'C'];
    const ids: string[] = [];
    for (const n of names) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO tenants (name, settings) VALUES ($1, $2) RETURNING id`,
        [
          n,
          // Tenant C's stored settings are broken: its runs fail, and must be recorded as failed.
          JSON.stringify(
            n === 'C'
              ? { checkSchedule: EVERY_2S, signInLookbackDays: 'seven' }
              : { checkSchedule: EVERY_2S },
          ),
        ],
      );
      ids.push(rows[0]!.id);
    }
    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      POSTURE_SECRET_KEY: randomBytes(32).toString('base64'),
      SCHEDULE_TICK_MS: '300',
      JOB_POLL_SECONDS: '0.5',
    };
    const workers = [startWorker(env), startWorker(env)];
    const deadline = Date.now() + 60_000;
    while (!workers.every((w) => /worker \d+ ready/.test(w.output()))) {
      if (Date.now() > deadline)
        throw new Error(
          `workers did not start:\n${workers.map((w) => w.output()).join('\n----\n')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
    const started = Date.now();
    // Several slots pass while both workers tick every 300 ms.
    await new Promise((r) => setTimeout(r, 9_000));
    for (const w of workers) w.child.kill('SIGTERM');
    const codes = await Promise.all(workers.map((w) => exited(w.child)));
    expect(codes, workers.map((w) => w.output()).join('\n----\n')).toEqual([0, 0]);
    console.log(`two workers ran for ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const jobs = await client.query<{ key: string; n: number; pending: boolean }>(
      `SELECT singleton_key AS key, count(*)::int AS n, bool_and(state IN ('created', 'retry')) AS pending
         FROM pgboss.job WHERE name = 'check-run' GROUP BY 1`,
    );
    expect(jobs.rows.length).toBeGreaterThan(0);
    expect(jobs.rows.filter((j) => j.n !== 1)).toEqual([]);

    for (const [i, id] of ids.entries()) {
      const { rows } = await client.query<{ slot: Date; status: string; error: string | null }>(
        `SELECT scheduled_for AS slot, status, error FROM check_runs WHERE tenant_id = $1 AND trigger = 'SCHEDULE' ORDER BY scheduled_for`,
        [id],
      );
      const slots = rows.map((r) => r.slot.getTime());
      // At least three slots ran, each once, on consecutive two-second boundaries (none skipped).
      console.log(`tenant ${names[i]}: ${slots.length} scheduled runs, each once`);
      expect(slots.length, `tenant ${names[i]}`).toBeGreaterThanOrEqual(3);
      expect(new Set(slots).size).toBe(slots.length);
      for (let k = 1; k < slots.length; k++) expect(slots[k]! - slots[k - 1]!).toBe(2_000);
      // Every claimed slot has its job; a job not yet run when the workers stopped is still
      // queued for the next worker, never lost.
      const mine = jobs.rows.filter((j) => j.key.startsWith(`${id}:`));
      const ran = new Set(slots.map((t) => `${id}:${new Date(t).toISOString()}`));
      expect(mine.filter((j) => !ran.has(j.key)).every((j) => j.pending)).toBe(true);
      expect(mine.filter((j) => ran.has(j.key))).toHaveLength(slots.length);
      if (names[i] === 'C') {
        expect(
          rows.every((r) => r.status === 'FAILED' && /signInLookbackDays/.test(r.error ?? '')),
        ).toBe(true);
      } else {
        expect(rows.every((r) => r.status === 'SUCCEEDED')).toBe(true);
      }
    }
    expect(workers.map((w) => w.output()).join('')).not.toMatch(/exists already; skipped/);
  });
});
