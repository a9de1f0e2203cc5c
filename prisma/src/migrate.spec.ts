import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateDatabase, MigrationError, readMigrations } from './migrate.js';
import { createTestDatabase } from './testing.js';

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe('migrateDatabase', () => {
  let empty: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    // A database with nothing in it: clone postgres' own template, not our migrated one.
    const tpl = new URL(inject('templateDatabaseUrl'));
    const name = `posture_mig_${Date.now()}`;
    tpl.pathname = '/postgres';
    await withClient(tpl.toString(), (c) => c.query(`CREATE DATABASE ${name}`));
    tpl.pathname = `/${name}`;
    const url = tpl.toString();
    empty = {
      url,
      drop: async () => {
        tpl.pathname = '/postgres';
        await withClient(tpl.toString(), (c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`));
      },
    };
  });
  afterAll(() => empty.drop());

  it('applies every committed migration to an empty database and records them as Prisma does', async () => {
    const all = readMigrations();
    const result = await migrateDatabase(empty.url);
    expect(result.applied).toEqual(all.map((m) => m.name));
    const rows = await withClient(empty.url, (c) =>
      c.query(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      ),
    );
    expect(rows.rows.map((r) => [r.migration_name, r.checksum])).toEqual(
      all.map((m) => [m.name, m.checksum]),
    );
    expect(rows.rows.every((r) => r.finished_at !== null)).toBe(true);
    const tables = await withClient(empty.url, (c) =>
      c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`),
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining([
        'tenants',
        'snapshots',
        'sign_ins',
        'check_runs',
        'check_results',
        'api_tokens',
      ]),
    );
  });

  it('is applied exactly once when two processes migrate at the same moment', async () => {
    const db = await createTestDatabase(inject('templateDatabaseUrl'));
    try {
      // The template is already migrated: re-running concurrently must apply nothing twice.
      const [a, b] = await Promise.all([migrateDatabase(db.url), migrateDatabase(db.url)]);
      expect(a.applied).toEqual([]);
      expect(b.applied).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('serialises concurrent first runs so each migration lands once', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-mig-'));
    mkdirSync(path.join(dir, '001_a'));
    // pg_sleep makes the two runs overlap for certain.
    writeFileSync(
      path.join(dir, '001_a', 'migration.sql'),
      'SELECT pg_sleep(0.3); CREATE TABLE a (x int);',
    );
    const tpl = new URL(inject('templateDatabaseUrl'));
    const name = `posture_mig2_${Date.now()}`;
    tpl.pathname = '/postgres';
    const adminUrl = tpl.toString();
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    tpl.pathname = `/${name}`;
    try {
      const [a, b] = await Promise.all([
        migrateDatabase(tpl.toString(), { dir }),
        migrateDatabase(tpl.toString(), { dir }),
      ]);
      expect([...a.applied, ...b.applied]).toEqual(['001_a']);
      const count = await withClient(tpl.toString(), (c) =>
        c.query('SELECT count(*)::int AS n FROM "_prisma_migrations"'),
      );
      expect(count.rows[0].n).toBe(1);

      // A migration edited after it was applied is refused, not skipped.
      writeFileSync(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE a (x int, y int);');
      await expect(migrateDatabase(tpl.toString(), { dir })).rejects.toBeInstanceOf(MigrationError);

      // A failing migration leaves no trace: its transaction is rolled back.
      writeFileSync(
        path.join(dir, '001_a', 'migration.sql'),
        'SELECT pg_sleep(0.3); CREATE TABLE a (x int);',
      );
      mkdirSync(path.join(dir, '002_b'));
      writeFileSync(
        path.join(dir, '002_b', 'migration.sql'),
        'CREATE TABLE b (x int); SELECT 1/0;',
      );
      await expect(migrateDatabase(tpl.toString(), { dir })).rejects.toThrow(
        /002_b: division by zero/,
      );
      const left = await withClient(tpl.toString(), (c) => c.query(`SELECT to_regclass('b') AS t`));
      expect(left.rows[0].t).toBeNull();
    } finally {
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`));
    }
  });
});
