import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** The repository root (the folder with turbo.json), from src/ and from a compiled dist/ alike. */
export const REPO = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'turbo.json'))) return dir;
  }
  throw new Error(`no turbo.json above ${__dirname}`);
})();

export interface RunningApp {
  url: string;
  pid: number;
  env: NodeJS.ProcessEnv;
  output(): string;
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** A database name on the test server that does not exist yet: the app must create and migrate it. */
export function freshDatabaseUrl(templateUrl: string): string {
  const u = new URL(templateUrl);
  u.pathname = `/${decodeURIComponent(u.pathname.slice(1))}_e2e_${randomBytes(3).toString('hex')}`;
  return u.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}

/** Boots `node api/dist/main.js` as a user would, on a free port, and waits until it serves. */
export async function startApp(extraEnv: NodeJS.ProcessEnv): Promise<RunningApp> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    JOBS: 'off',
    EMULATOR: 'off',
    // Test emulators do not enforce Graph's reporting quota unless a test asks (pacing.spec.ts).
    GRAPH_REPORTING_QUOTA: 'off',
    POSTURE_SECRET_KEY: randomBytes(32).toString('base64'),
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO, 'api', 'dist', 'main.js')], {
    env,
    cwd: REPO,
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in 60 s:\n${out}`)), 60_000);
    // Detached once the app serves: left on, it would search the whole output so far for every
    // line the app writes (one per request), a cost growing with the output that the bench's own
    // process (which times the answers) paid during its loads.
    const onData = () => {
      const m = /running at (http:\/\/[\w.:[\]-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.off('exit', onExit);
        resolve(m[1]!);
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${out}`));
    };
    child.stdout?.on('data', onData);
    child.on('exit', onExit);
  });
  return {
    url,
    pid: child.pid!,
    env,
    output: () => out,
    waitForOutput: async (pattern, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out)) {
        if (child.exitCode !== null) throw new Error(`app exited:\n${out}`);
        if (Date.now() > deadline)
          throw new Error(
            `no ${pattern} in the app's output within ${timeoutMs} ms:\n${out.slice(-3000)}`,
          );
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the CLI (`npm run posture -- …` runs this same file) and returns its output. */
export async function cli(
  env: NodeJS.ProcessEnv,
  args: string[],
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(REPO, 'api', 'dist', 'cli.js'), ...args], {
    env,
    cwd: REPO,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(stdin ?? '');
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  return { code, stdout, stderr };
}

export function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)!.trim();
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; problems?: unknown; detail?: unknown };
  }>;
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: res.status, ...body };
}

/** Resident memory of a process and its peak so far, in MiB (Linux /proc). */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
}

export interface RunningWorker {
  pid: number;
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Boots `node api/dist/worker.js` (what `npm run worker` runs): the schedule and the job worker
 * without the API. Resolves once it says it is ready.
 */
export async function startWorker(env: NodeJS.ProcessEnv): Promise<RunningWorker> {
  const child = spawn(process.execPath, [path.join(REPO, 'api', 'dist', 'worker.js')], {
    env,
    cwd: REPO,
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`worker did not start in 60 s:\n${out}`)),
      60_000,
    );
    const onData = () => {
      if (/worker \d+ ready/.test(out)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${out}`));
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
  return {
    pid: child.pid!,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
