import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy (Node 21+); Node 20 is what our machines run.
if (typeof (Map as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const out = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
  });
}

/** Shared by the Node workspaces: SWC keeps decorator metadata for NestJS. */
export function nodeConfig(
  options: {
    globalSetup?: string[];
    include?: string[];
    exclude?: string[];
    testTimeout?: number;
  } = {},
) {
  return defineConfig({
    plugins: [swc.vite({ module: { type: 'es6' } })],
    test: {
      include: options.include ?? ['src/**/*.spec.ts'],
      exclude: options.exclude ?? ['**/node_modules/**', '**/dist/**'],
      globalSetup: options.globalSetup,
      testTimeout: options.testTimeout ?? 30_000,
      hookTimeout: 120_000,
      pool: 'forks',
    },
  });
}
