import { nodeConfig } from '../vitest.shared.mts';
import { COUNTED_SECURITY_SUITES } from './vitest.config.mts';

/** `npm run test:security`: bad input tried and refused, and the authorization matrix, counted. */
export default nodeConfig({
  globalSetup: ['./vitest.global-setup.ts'],
  include: COUNTED_SECURITY_SUITES,
  testTimeout: 600_000,
});
