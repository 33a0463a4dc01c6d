import pg from 'pg';

/** Drops the run's database (FORCE: the API may still hold connections while it stops). */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.WEB_E2E_DATABASE_URL;
  if (!url) return;
  const name = new URL(url).pathname.slice(1);
  if (!/^rolefit_web_e2e_\w+$/.test(name)) return;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
