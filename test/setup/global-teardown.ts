import { DataSource } from 'typeorm';

/** Drops the run's database; keep it for debugging with E2E_KEEP_DATABASE=1. */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !url.includes('/rolefit_e2e_') || process.env.E2E_KEEP_DATABASE) return;
  const name = new URL(url).pathname.slice(1);
  const admin = new DataSource({ type: 'postgres', url: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.initialize();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.destroy();
  }
}
