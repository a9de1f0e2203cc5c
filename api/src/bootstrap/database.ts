import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabaseExists, migrateDatabase, startEmbeddedPostgres } from '@posture/prisma';
import pg from 'pg';
import type { AppConfig } from '../config.js';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const RUNNING_FILE = 'embedded-pg.json';

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * DATABASE_URL's server when set (creating its database if needed); otherwise the embedded
 * PostgreSQL under dataDir. A second process (the CLI, a worker) joins an embedded server that is
 * already running instead of starting another on the same files.
 * Migrations are applied either way, safely when two processes start at once.
 */
export async function resolveDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  log: (line: string) => void = () => {},
  options: { migrate?: boolean } = {},
): Promise<ResolvedDatabase> {
  let resolved: ResolvedDatabase;
  if (config.databaseUrl) {
    await ensureDatabaseExists(config.databaseUrl);
    resolved = { url: config.databaseUrl, embedded: false, stop: async () => {} };
  } else {
    const runningFile = path.join(config.dataDir, RUNNING_FILE);
    const running = existsSync(runningFile)
      ? (JSON.parse(readFileSync(runningFile, 'utf8')) as { url: string; pid: number })
      : null;
    if (running && running.pid !== process.pid && (await reachable(running.url))) {
      resolved = { url: running.url, embedded: true, stop: async () => {} };
    } else {
      log(`starting embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}`);
      const db = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
      writeFileSync(runningFile, JSON.stringify({ url: db.url, pid: process.pid }), {
        mode: 0o600,
      });
      resolved = {
        url: db.url,
        embedded: true,
        stop: async () => {
          rmSync(runningFile, { force: true });
          await db.stop();
        },
      };
    }
  }
  if (options.migrate !== false) {
    const r = await migrateDatabase(resolved.url, { log });
    if (r.applied.length === 0) log(`database schema up to date (${r.alreadyApplied} migrations)`);
  }
  return resolved;
}
