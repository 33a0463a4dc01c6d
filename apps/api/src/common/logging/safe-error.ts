import { QueryFailedError } from 'typeorm';

/**
 * What of an error may go to the logs. A database error carries the statement's parameters
 * (a failed insert of a candidate holds their name, email and token hash) and PostgreSQL's
 * `detail` quotes the offending values, so for those only the code, constraint, table and
 * column are kept. Other errors keep their name, message and stack.
 */
export function safeErrorForLog(error: unknown): Record<string, unknown> {
  if (error instanceof QueryFailedError) {
    const driver = (error.driverError ?? {}) as Record<string, unknown>;
    return {
      type: 'QueryFailedError',
      code: driver.code,
      constraint: driver.constraint,
      table: driver.table,
      column: driver.column,
      routine: driver.routine,
    };
  }
  if (error instanceof Error) {
    const { code } = error as { code?: unknown };
    return {
      type: error.name,
      message: error.message,
      ...(code !== undefined && { code }),
      stack: error.stack,
    };
  }
  return { type: typeof error };
}
