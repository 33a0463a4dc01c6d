import { createSpecDatabase, dropSpecDatabase } from '../support/e2e-databases';

// This spec file's own database, copied from the run's migrated template before the spec's
// beforeAll hooks (these hooks are registered first) and dropped after its afterAll hooks
// (E2E_KEEP_DATABASE=1 keeps it, and global-teardown drops whatever is left).
beforeAll(() =>
  createSpecDatabase(process.env.E2E_TEMPLATE_DATABASE_URL!, process.env.DATABASE_URL!),
);
afterAll(async () => {
  if (!process.env.E2E_KEEP_DATABASE) await dropSpecDatabase(process.env.DATABASE_URL!);
});
