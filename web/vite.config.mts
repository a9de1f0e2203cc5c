import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Below this size compressing saves nothing worth a header. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|map|txt|wasm)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible built asset, once at build
 * time: the API serves them to browsers that accept them (api/src/web-assets.ts) and spends
 * no CPU compressing at start or per request.
 */
function compressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'posture-compress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const dir = path.join(outDir, 'assets');
      for (const name of readdirSync(dir)) {
        if (!COMPRESSIBLE.test(name)) continue;
        const raw = readFileSync(path.join(dir, name));
        if (raw.length < MIN_BYTES) continue;
        writeFileSync(
          path.join(dir, `${name}.br`),
          brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 10,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          }),
        );
        writeFileSync(path.join(dir, `${name}.gz`), gzipSync(raw, { level: 9 }));
      }
    },
  };
}

// The API serves dist/ at `/` and GraphQL at `/graphql` on the same origin.
export default defineConfig({
  base: '/',
  plugins: [react(), compressAssets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages, charts and the GraphQL client are split out (lazy imports); the main chunk keeps
    // react-admin and Material UI, which every page needs.
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: { '/graphql': process.env.POSTURE_API_URL ?? 'http://localhost:3000' },
  },
});
