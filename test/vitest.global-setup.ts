import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startTestServer } from '@posture/prisma/testing';
import { startDemoApp, type DemoApp } from './src/support/demo-app.js';

/** The demo app the browser specs share: where it listens, its admin's password, its tenant. */
export interface SharedDemo {
  url: string;
  password: string;
  tenantId: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    /** Null when no browser spec is in the run. */
    sharedDemo: SharedDemo | null;
  }
}

/**
 * Whether this run may hold a browser spec: the config includes src/browser and the command
 * line names no file, or names one under src/browser. Starting the demo app takes ~15 s, so the
 * browser specs share one (test/src/support/demo-app.ts, sharedDemoApp) instead of each its own.
 */
function runsBrowserSpecs(project: TestProject): boolean {
  const include = project.config.include ?? [];
  if (!include.some((p) => p.startsWith('src/**') || p.startsWith('src/browser'))) return false;
  const filters = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('-') && a !== 'run' && !a.endsWith('.mts'));
  return filters.length === 0 || filters.some((f) => f.includes('browser'));
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide('templateDatabaseUrl', server.templateUrl);
  let demo: DemoApp | undefined;
  if (runsBrowserSpecs(project)) {
    try {
      demo = await startDemoApp(server.templateUrl);
    } catch (err) {
      await server.teardown();
      throw err;
    }
  }
  project.provide(
    'sharedDemo',
    demo ? { url: demo.app.url, password: demo.password, tenantId: demo.tenantId } : null,
  );
  return async () => {
    await demo?.close();
    await server.teardown();
  };
}
