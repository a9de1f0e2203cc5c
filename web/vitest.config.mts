// Imported for its Node 20 polyfill (Map.groupBy), which Vitest 5's reporter needs.
import '../vitest.shared.mts';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Logic without a DOM.
      { test: { name: 'unit', environment: 'node', include: ['src/**/*.spec.ts'] } },
      // Components, rendered in happy-dom with Testing Library; only fetch is stubbed.
      {
        plugins: [react()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['src/**/*.spec.tsx'],
          setupFiles: ['src/testing/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
