import { nodeConfig } from '../vitest.shared.mts';

/** `npm run test:faults`: kills, a database restart and a faulty Microsoft, counted. */
export default nodeConfig({
  globalSetup: ['./vitest.global-setup.ts'],
  include: ['src/faults/**/*.spec.ts'],
  testTimeout: 600_000,
});
