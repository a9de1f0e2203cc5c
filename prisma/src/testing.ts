import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { quoteIdent, startEmbeddedPostgres } from './embedded.js';
import { migrateDatabase } from './migrate.js';

/**
 * Test databases: one server for the run (DATABASE_URL's server when set, else an embedded
 * PostgreSQL), migrations applied once into a template, and each test file its own database
 * cloned from it with CREATE DATABASE … TEMPLATE.
 */
export interface TestServer {
  /** URL of the template database (migrated). */
  templateUrl: string;
  teardown(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let serverUrl: string;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tmp: string | undefined;
  if (external) {
    serverUrl = external;
  } else {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'posture-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir: tmp, persistent: false, port: 55400 });
    serverUrl = embedded.serverUrl;
    stopEmbedded = embedded.stop;
  }
  const template = `posture_tpl_${randomBytes(5).toString('hex')}`;
  const templateUrl = withDatabase(serverUrl, template);
  try {
    await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(template)}`));
    await migrateDatabase(templateUrl);
  } catch (err) {
    if (stopEmbedded) await stopEmbedded().catch(() => {});
    throw err;
  }
  return {
    templateUrl,
    async teardown() {
      await admin(serverUrl, async (c) => {
        const { rows } = await c.query<{ datname: string }>(
          `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
          [`${template}_%`, template],
        );
        for (const r of rows)
          await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(r.datname)} WITH (FORCE)`);
      });
      if (stopEmbedded) await stopEmbedded();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(
  templateUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await admin(templateUrl, (c) =>
    c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  return {
    url: withDatabase(templateUrl, name),
    drop: () =>
      admin(templateUrl, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      ).then(() => {}),
  };
}
