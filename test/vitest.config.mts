import { nodeConfig } from '../vitest.shared.mts';

export default nodeConfig({ globalSetup: ['./vitest.global-setup.ts'], testTimeout: 120_000 });
