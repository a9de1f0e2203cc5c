import { nodeConfig } from '../vitest.shared.mts';

// The fault-injection suite runs on its own (`npm run test:faults`, a step of .ci/run).
export default nodeConfig({
  globalSetup: ['./vitest.global-setup.ts'],
  testTimeout: 120_000,
  exclude: ['**/node_modules/**', '**/dist/**', 'src/faults/**'],
});
