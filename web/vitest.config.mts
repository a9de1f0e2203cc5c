// Imported for its Node 20 polyfill (Map.groupBy), which Vitest 5's reporter needs.
import '../vitest.shared.mts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
});
