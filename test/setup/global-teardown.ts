import { dropRunDatabases } from '../support/e2e-databases';

/**
 * Drops the run's template and any spec file's copy left; keep them for debugging with
 * E2E_KEEP_DATABASE=1.
 */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.E2E_TEMPLATE_DATABASE_URL;
  if (!template || process.env.E2E_KEEP_DATABASE) return;
  await dropRunDatabases(template);
}
