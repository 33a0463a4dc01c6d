/**
 * The public job page (`/jobs/:slug`) is not part of the single-page app: the API renders it
 * on the server. This config builds its two pieces:
 *   vite build -c vite.job-page.config.ts          → dist/job-page/client (the island script)
 *   vite build -c vite.job-page.config.ts --ssr src/job-page/server.tsx → dist/job-page/server/job-page.cjs
 * The API process loads the server file at start and serves the island under /jobs/assets/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const out = fileURLToPath(new URL('../../dist/job-page/', import.meta.url));

export default defineConfig(({ isSsrBuild }) =>
  isSsrBuild
    ? {
        root,
        build: {
          ssr: 'src/job-page/server.tsx',
          outDir: `${out}server`,
          emptyOutDir: true,
          target: 'node24',
          rolldownOptions: { output: { format: 'cjs', entryFileNames: 'job-page.cjs' } },
        },
      }
    : {
        root,
        base: '/jobs/',
        build: {
          outDir: `${out}client`,
          emptyOutDir: true,
          manifest: true,
          target: 'es2022',
          modulePreload: false,
          rolldownOptions: { input: { island: 'src/job-page/island.ts' } },
        },
      },
);
