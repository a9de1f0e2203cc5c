// Imported for its Node 20 polyfill (Map.groupBy), which Vitest 5's reporter needs.
import '../vitest.shared.mts';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // ra-data-graphql imports @apollo/client's named ESM exports; let Vite resolve them.
    server: { deps: { inline: [/ra-data-graphql/, /@apollo\/client/] } },
    setupFiles: ['src/testing/setup.ts'],
    projects: [
      // Logic without a DOM (a file may ask for happy-dom with `@vitest-environment`).
      { extends: true, test: { name: 'unit', environment: 'node', include: ['src/**/*.spec.ts'] } },
      // Components, rendered in happy-dom with Testing Library; only fetch is stubbed.
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['src/**/*.spec.tsx'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
