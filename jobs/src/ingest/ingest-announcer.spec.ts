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

describe('the ingest announcement', () => {
  it('queues an INGEST check run per tenant, debounced: a burst makes one now and one later', async () => {
    const a = '00000000-0000-4000-8000-00000000000a';
    const b = '00000000-0000-4000-8000-00000000000b';
    // An hour-long period, so the burst cannot straddle two periods.
    const announcer = new CheckRunAnnouncer(queue, 3600);
    for (const t of [a, a, a, b]) await announcer.announce(t);
    const { rows } = await db.pool.query<{ tenant: string; trigger: string; later: boolean }>(
      `SELECT data->>'tenantId' AS tenant, data->>'trigger' AS trigger, start_after > now() AS later
         FROM pgboss.job WHERE name = $1 ORDER BY start_after`,
      [CHECK_RUN_QUEUE],
    );
    const of = (t: string) => rows.filter((r) => r.tenant === t);
    expect(of(a).map((r) => [r.trigger, r.later])).toEqual([
      ['INGEST', false],
      ['INGEST', true],
    ]);
    expect(of(b).map((r) => [r.trigger, r.later])).toEqual([['INGEST', false]]);
  });
});
