import { nodeConfig } from '../vitest.shared.mts';

/**
 * `npm run test:ops`: the connectors against the emulator (throttling, faults, drift), the
 * schedule with two workers, operability (logs, /ready, /metrics) and key rotation. Their own
 * step of .ci/run, which keeps `npm test` under 15 minutes.
 */
export const OPS_SUITES = [
  'src/connectors/**/*.spec.ts',
  'src/ops/**/*.spec.ts',
  'src/schedule/**/*.spec.ts',
  'src/security/key-rotation.spec.ts',
];

export default nodeConfig({
  globalSetup: ['./vitest.global-setup.ts'],
  include: OPS_SUITES,
  testTimeout: 600_000,
});
