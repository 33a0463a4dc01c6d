import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';

/**
 * The web app. `npm run dev -w @rolefit/web` serves it with hot reload on :5173 and proxies the
 * API (and its docs) to a running API (`npm run start:api`, or API_URL); `npm run build` writes
 * dist/web, which the API process serves on its own port.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The what-if runs the analysis' own framework-free code (libs/domain), not a copy of it.
    alias: {
      '@rolefit/domain': fileURLToPath(new URL('../../libs/domain/src', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Hashed file names under /assets/ are what the API caches as immutable.
    assetsDir: 'assets',
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/docs': { target: apiTarget, changeOrigin: false },
      '/jobs': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['src/test-setup.ts'],
  },
});
