/** A number field of the stored map, or null (not completed, or a map older than the field). */
const resultNumber = (field: string) =>
  `CASE WHEN jsonb_typeof(result->'${field}') = 'number' THEN (result->>'${field}')::float8 END`;

/**
 * Generated columns of `team_analyses`: the figures a team's history lists, computed by
 * PostgreSQL from the result when it is written. Shared by the entity and its migration.
 */
export const TEAM_ANALYSIS_HEADLINES = {
  mean_fit_current: { type: 'double precision', sql: resultNumber('meanFitCurrent') },
  mean_fit_optimal: { type: 'double precision', sql: resultNumber('meanFitOptimal') },
  total_fit_current: { type: 'double precision', sql: resultNumber('totalFitCurrent') },
  total_fit_optimal: { type: 'double precision', sql: resultNumber('totalFitOptimal') },
  member_count: {
    type: 'integer',
    sql: `CASE WHEN jsonb_typeof(result->'members') = 'array' THEN jsonb_array_length(result->'members') END`,
  },
} as const;
