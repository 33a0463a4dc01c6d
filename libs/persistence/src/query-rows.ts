import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/**
 * Runs SQL and returns its rows. Unlike `DataSource.query`, which answers an
 * UPDATE … RETURNING with `[rows, rowCount]`, this always gives the rows. Inside a
 * transaction, pass its EntityManager so the statement runs on that connection.
 */
export async function queryRows<T>(
  db: DataSource | EntityManager,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const transactional: QueryRunner | undefined =
    db instanceof DataSource ? undefined : db.queryRunner;
  const runner =
    transactional ?? (db instanceof DataSource ? db : db.connection).createQueryRunner();
  try {
    const result = await runner.query(sql, parameters, true);
    return result.records as T[];
  } finally {
    if (!transactional) await runner.release();
  }
}
