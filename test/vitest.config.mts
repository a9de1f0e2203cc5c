import { nodeConfig } from '../vitest.shared.mts';
import { OPS_SUITES } from './vitest.ops.mts';

/**
 * `npm test`. The counted suites run as their own steps of .ci/run, which keeps `npm test` well
 * under 15 minutes: `npm run test:faults` (src/faults), `npm run test:security` (the bad-input
 * and authorization-matrix suites), `npm run test:scale` (src/scale: a million sign-ins, two APIs
 * and two workers), `npm run test:ops` (connectors, schedule, operability, key rotation) and `npm run test:bench` (the bench's --quick smoke run).
 */
export const COUNTED_SECURITY_SUITES = [
  'src/security/bad-input.spec.ts',
  'src/security/authz-matrix.spec.ts',
];

export default nodeConfig({
  globalSetup: ['./vitest.global-setup.ts'],
  testTimeout: 120_000,
  exclude: [
    '**/node_modules/**',
    '**/dist/**',
    'src/faults/**',
    'src/scale/**',
    ...OPS_SUITES,
    'src/bench/**',
    ...COUNTED_SECURITY_SUITES,
  ],
});
