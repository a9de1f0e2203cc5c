import { nodeConfig } from '../vitest.shared.mts';

/** `npm run test:bench`: the bench's --quick run end to end, goals not judged (a .ci/run step). */
export default nodeConfig({
  globalSetup: ['./vitest.global-setup.ts'],
  include: ['src/bench/**/*.spec.ts'],
  testTimeout: 1_500_000,
});
