import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entity-list';
import { MIGRATIONS } from './migrations';

/**
 * Options shared by the api, the worker, the CLI and tests. Schema changes only ever come
 * from migrations: `synchronize` stays off.
 */
export function buildDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'typeorm_migrations',
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension to install.
    uuidExtension: 'pgcrypto',
    // Fail fast when PostgreSQL is unreachable instead of queueing requests for minutes.
    extra: { max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 },
  };
}
