import { nodeConfig } from '../vitest.shared.mts';

export default nodeConfig();
