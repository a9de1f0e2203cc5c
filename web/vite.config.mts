import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves dist/ at `/` and GraphQL at `/graphql` on the same origin.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin and Material UI make one large vendor chunk; splitting it buys nothing here.
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: { '/graphql': process.env.POSTURE_API_URL ?? 'http://localhost:3000' },
  },
});
