import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * Browser tests against the built app served by the real API (dist/, `npm run build` first),
 * in Debian's Chromium (/usr/bin/chromium; .ci/run installs it). Playwright never downloads a
 * browser here. The API gets its own database and queue prefix per run (dropped afterwards)
 * and a port derived from the process id, so parallel runs on one machine don't collide.
 * Values are put in process.env so the test workers (forked later) see the same ones.
 */
process.env.WEB_E2E_RUN ??= `${Date.now().toString(36)}_${process.pid}`;
process.env.WEB_E2E_PORT ??= String(20000 + (process.pid % 20000));
process.env.WEB_E2E_DATABASE_URL ??= `postgres://postgres@127.0.0.1:5432/rolefit_web_e2e_${process.env.WEB_E2E_RUN}`;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const baseURL = `http://127.0.0.1:${process.env.WEB_E2E_PORT}`;

const apiEnv: Record<string, string> = {
  PORT: process.env.WEB_E2E_PORT,
  HOST: '127.0.0.1',
  DATABASE_URL: process.env.WEB_E2E_DATABASE_URL,
  QUEUE_PREFIX: `rolefit-web-e2e-${process.env.WEB_E2E_RUN}`,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  WEB_DIST_DIR: 'dist/web',
  // Tests sign up many organisations from 127.0.0.1.
  AUTH_RATE_LIMIT: '100000',
  APPLICATION_RATE_LIMIT: '100000',
  TOKEN_FAILURE_RATE_LIMIT: '100000',
  // Every test signs in: scrypt at 2^14, not production's 2^17 (see test/setup/global-setup.ts).
  PASSWORD_HASH_COST: '14',
};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Generous: the machine is shared, and one journey test walks a whole questionnaire with axe.
  timeout: 60_000,
  reporter: [['list']],
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      // Byte counts do not depend on the viewport.
      testIgnore: /bundle-budget/,
      use: {
        viewport: { width: 360, height: 780 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
  ],
  webServer: [
    {
      command: 'node dist/api/apps/api/src/main.js',
      cwd: repoRoot,
      url: `${baseURL}/api/v1/health/live`,
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: apiEnv,
    },
    {
      // The manager's analyses complete in the real worker, on the same database and queues.
      name: 'worker',
      command: 'node dist/worker/apps/worker/src/main.js',
      cwd: repoRoot,
      wait: { stdout: /worker started/ },
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
      env: { ...apiEnv, LOG_LEVEL: 'info' },
    },
  ],
});
