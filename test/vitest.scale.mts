import { nodeConfig } from '../vitest.shared.mts';

/**
 * `npm run test:scale`: a million sign-ins checked without loading them into Node.js, and two
 * APIs plus two workers over one database staying exactly-once. Their own step of .ci/run.
 */
export default nodeConfig({
  globalSetup: ['./vitest.global-setup.ts'],
  include: ['src/scale/**/*.spec.ts'],
  testTimeout: 600_000,
});
