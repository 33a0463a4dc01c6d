import { prepareDatabase } from '../../libs/persistence/src/run-migrations';
import { templateDatabaseUrl } from '../support/e2e-databases';

/**
 * One fresh template database and one Redis key prefix per test run, migrations applied once,
 * so runs never see each other's data (and CI can run next to a developer's own database).
 * Each spec file then tests against its own copy of the template with its own queue prefix
 * (test/setup/env.ts and spec-database.ts), so spec files can run in parallel.
 * Jest starts its workers after this, and they inherit process.env.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const base = process.env.E2E_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const template = templateDatabaseUrl(base, run);
  Object.assign(process.env, {
    E2E_TEMPLATE_DATABASE_URL: template,
    E2E_QUEUE_PREFIX: `rolefit-e2e-${run}`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent',
    // Many organisations sign up from 127.0.0.1 in one run; the rate-limit spec lowers this.
    AUTH_RATE_LIMIT: '100000',
    // Hundreds of sign-ups and sign-ins: scrypt at 2^14 instead of 2^17 (seconds each on a
    // busy two-core machine). Production refuses less than 17; password-hasher.spec checks
    // the hash itself.
    PASSWORD_HASH_COST: '14',
    // Workers started by tests do not schedule retention runs (the retention spec turns it
    // on for its own workers): a run must not touch another spec's data mid-test.
    RETENTION_CHECK_SECONDS: '0',
  });
  // The migrations, from an empty database, once per run (schema-drift compares the result
  // with the entities); the spec files' copies are byte-for-byte this database.
  await prepareDatabase(template);
}
