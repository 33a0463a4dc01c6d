import { specDatabaseUrl, specTag } from '../support/e2e-databases';

// The run's template database and queue prefix come from global-setup. Each spec file gets
// its own copy of the database (created by spec-database.ts before the spec's own hooks)
// and its own queue prefix, named here so both are in process.env before the spec loads.
const tag = specTag();
process.env.DATABASE_URL = specDatabaseUrl(process.env.E2E_TEMPLATE_DATABASE_URL!, tag);
process.env.QUEUE_PREFIX = `${process.env.E2E_QUEUE_PREFIX!}-${tag}`;
jest.setTimeout(120_000);
