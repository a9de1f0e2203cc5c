import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '@posture/prisma/testing';
import { Db } from '../database/db.js';
import { CHECK_RUN_QUEUE, QueueService } from '../schedule/queue.service.js';
import { CheckRunAnnouncer } from './ingest-announcer.js';

/** The announcement on the real queue (pg-boss on PostgreSQL), as any process sends it. */
let database: { url: string; drop(): Promise<void> };
let db: Db;
let queue: QueueService;

beforeAll(async () => {
  database = await createTestDatabase(inject('templateDatabaseUrl'));
  db = new Db(database.url);
  queue = new QueueService(db);
});
afterAll(async () => {
  await queue?.onApplicationShutdown();
  await db?.close();
  await database?.drop();
});

async function tenant(name: string): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    'INSERT INTO tenants (name) VALUES ($1) RETURNING id',
    [name],
  );
  return rows[0]!.id;
}

/** The tenant's queued INGEST runs, by when they may start. */
async function ingestJobs(tenantId: string): Promise<{ startAfter: Date; later: boolean }[]> {
  const { rows } = await db.pool.query<{ start_after: Date; later: boolean }>(
    `SELECT start_after, start_after > now() AS later FROM pgboss.job
      WHERE name = $1 AND data->>'tenantId' = $2 AND data->>'trigger' = 'INGEST'
      ORDER BY start_after`,
    [CHECK_RUN_QUEUE, tenantId],
  );
  return rows.map((r) => ({ startAfter: r.start_after, later: r.later }));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the ingest announcement', () => {
  it('queues an INGEST check run per tenant: a burst makes one now and one a period later', async () => {
    const a = await tenant('Burst A');
    const b = await tenant('Burst B');
    const announcer = new CheckRunAnnouncer(db, queue, 3600);
    for (const t of [a, a, a, b]) await announcer.announce(t);
    const ofA = await ingestJobs(a);
    expect(ofA.map((j) => j.later)).toEqual([false, true]);
    expect(ofA[1]!.startAfter.getTime() - ofA[0]!.startAfter.getTime()).toBe(3600_000);
    expect((await ingestJobs(b)).map((j) => j.later)).toEqual([false]);
  });

  it('starts runs at least a period apart however the announcements fall, and the last one still gets a run', async () => {
    // pg-boss's own debounce has fixed slots: announcements across a slot's end made a run at
    // once and another at the next slot's start, less than a period apart.
    const t = await tenant('Steady');
    const announcer = new CheckRunAnnouncer(db, queue, 1);
    let last = 0;
    for (let i = 0; i < 22; i++) {
      last = Date.now();
      await announcer.announce(t);
      await sleep(150);
    }
    const starts = (await ingestJobs(t)).map((j) => j.startAfter.getTime());
    // Over 3.3 s of announcements: one run at once, then follow-ups; how many depends on how
    // long the announcements took, so only their spacing is judged (which bounds the count).
    expect(starts.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1000);
    }
    // A run that has not started by the last announcement reads what it announced.
    expect(starts.at(-1)!).toBeGreaterThanOrEqual(last - 1);
  });

  it('from many processes at once makes one run now and at most one more', async () => {
    const t = await tenant('Concurrent');
    const processes = Array.from({ length: 8 }, () => new CheckRunAnnouncer(db, queue, 3600));
    await Promise.all(processes.map((p) => p.announce(t)));
    const jobs = await ingestJobs(t);
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs.length).toBeLessThanOrEqual(2);
    expect(jobs[0]!.later).toBe(false);
    if (jobs[1])
      expect(jobs[1].startAfter.getTime() - jobs[0]!.startAfter.getTime()).toBe(3600_000);
  });
});
