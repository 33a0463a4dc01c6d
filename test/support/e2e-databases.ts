import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * The e2e run's databases. Global setup creates one template per run and applies every
 * migration to it (so the migrations still run, from nothing, on every run). Each spec file
 * then gets its own copy, made by PostgreSQL (`CREATE DATABASE … TEMPLATE …`, a fraction of
 * a second) instead of migrating again, and its own queue prefix. Spec files therefore never
 * see each other's rows, outbox, LISTEN/NOTIFY or BullMQ jobs (a worker process started by one
 * spec would otherwise take jobs another spec left behind), whichever Jest worker runs them
 * and in whatever order, which is what lets several Jest workers run them side by side.
 */

/** `postgres://…/rolefit_e2e_<run>`: the run's template, migrated once. */
export function templateDatabaseUrl(base: string, run: string): string {
  return `${base}/rolefit_e2e_${run}`;
}

/** A name part unique to one spec file: the Jest worker (1-based) and a random tag. */
export function specTag(): string {
  const worker = process.env.JEST_WORKER_ID ?? '1';
  if (!/^\d+$/.test(worker)) throw new Error(`unexpected Jest worker id "${worker}"`);
  return `w${worker}_${randomBytes(4).toString('hex')}`;
}

/** The copy of the template one spec file tests against. */
export function specDatabaseUrl(templateUrl: string, tag: string): string {
  return `${templateUrl}_${tag}`;
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function withAdmin<T>(someUrl: string, use: (admin: DataSource) => Promise<T>) {
  const url = new URL(someUrl);
  url.pathname = '/postgres';
  const admin = new DataSource({ type: 'postgres', url: url.toString(), extra: { max: 1 } });
  await admin.initialize();
  try {
    return await use(admin);
  } finally {
    await admin.destroy();
  }
}

/**
 * Copies the (migrated) template into `url`'s database. PostgreSQL refuses to copy a database
 * while anyone is connected to it (55006): the migration run's connections closing, or the
 * schema-drift spec reading the template for a moment. That error is retried.
 */
export async function createSpecDatabase(templateUrl: string, url: string): Promise<void> {
  const template = databaseName(templateUrl);
  const name = databaseName(url);
  await withAdmin(templateUrl, async (admin) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 600) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}

/** Drops one spec file's copy (its connections, if any are left, are closed by force). */
export async function dropSpecDatabase(url: string): Promise<void> {
  await withAdmin(url, (admin) =>
    admin.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`),
  );
}

/** Drops the template and every copy of this run that is left. */
export async function dropRunDatabases(templateUrl: string): Promise<void> {
  const template = databaseName(templateUrl);
  if (!/^rolefit_e2e_[a-z0-9_]+$/.test(template)) throw new Error(`not an e2e run: ${template}`);
  await withAdmin(templateUrl, async (admin) => {
    const rows: { datname: string }[] = await admin.query(
      `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
      [template, `${template}_w`],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
