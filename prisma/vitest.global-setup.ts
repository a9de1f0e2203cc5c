import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startTestServer } from './src/testing.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide('templateDatabaseUrl', server.templateUrl);
  return () => server.teardown();
}
