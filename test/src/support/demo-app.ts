import { inject } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase, freshDatabaseUrl, startApp, type RunningApp } from './app-process.js';

export interface DemoApp {
  app: RunningApp;
  dataDir: string;
  tenantId: string;
  /** The first admin's generated password, read from its owner-only file. */
  password: string;
  close(): Promise<void>;
}

/**
 * The app as `npm start` runs it (EMULATOR=on) on a fresh database: the first admin, the demo
 * tenant fed by the in-process emulated Microsoft backend (a small tenant keeps the first pull
 * short), and its first check run done.
 */
export async function startDemoApp(templateUrl: string): Promise<DemoApp> {
  const dbUrl = freshDatabaseUrl(templateUrl);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'posture-demo-'));
  const app = await startApp({
    DATABASE_URL: dbUrl,
    EMULATOR: 'on',
    EMULATOR_PORT: '0',
    EMULATOR_USERS: '150',
    DATA_DIR: dataDir,
  });
  await app.waitForOutput(/demo tenant checked/, 180_000);
  return {
    app,
    dataDir,
    tenantId: (
      JSON.parse(readFileSync(path.join(dataDir, 'demo.json'), 'utf8')) as { tenantId: string }
    ).tenantId,
    password: readFileSync(path.join(dataDir, 'admin-password'), 'utf8').trim(),
    async close() {
      await app.stop();
      await dropDatabase(dbUrl);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The demo app this run's browser specs share (started once by vitest.global-setup.ts): for specs
 * that read the demo tenant and change only what they create themselves. A spec that must watch
 * the app's output or start from a fresh database calls startDemoApp instead.
 */
export function sharedDemoApp(): { url: string; password: string; tenantId: string } {
  const demo = inject('sharedDemo');
  if (!demo) throw new Error('no shared demo app: this run holds no browser spec');
  return demo;
}
