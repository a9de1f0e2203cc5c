import { nodeConfig } from '../vitest.shared.mts';

// Unit tests only: the API over HTTP and SQL is tested end to end in test/.
export default nodeConfig();
