import type { Tx } from './transactions';
import { queryRows } from '../query-rows';

/*
 * Percentile ranks as docs/methods.md defines them — 100 × (below + 0.5 × equal) / n among the
 * scored assessments of the same questionnaire version and role, this one included — computed
 * in SQL when read, so they move as more candidates are scored and the group never travels to
 * the API.
 *
 * How: per (version, dimension) the group's values are aggregated once into a sorted array,
 * and each requested assessment's value is located in it by binary search (width_bucket gives
 * the count ≤ v; values are whole numbers after scaling, so count < v is width_bucket(v − ½)).
 * That is one sort per dimension however many rows are asked for: ~100 ms for a page of a role
 * with 10,000 scored candidates and six columns, a few ms for typical roles.
 *
 * Ties: values are compared at 1e-6 (round(x × 10⁶)), so two results that are mathematically
 * equal but differ in the last bits of floating point (different answer paths) are ties.
 * A profile dimension the questionnaire did not measure scores 0, as in the fit.
 */

/** assessment id → (null for the fit | dimension key) → percentile. */
export type Percentiles = Map<string, Map<string | null, number>>;

export interface PercentileTargets {
  jobRoleId: string;
  /** The questionnaire versions of the rows asked for (the groups to rank within). */
  questionnaireVersionIds: readonly string[];
  ids: readonly string[];
  dimensions: readonly string[];
}

export async function percentiles(db: Tx, targets: PercentileTargets): Promise<Percentiles> {
  const out: Percentiles = new Map();
  if (targets.ids.length === 0) return out;
  const rows = await queryRows<{ id: string; i: number; pct: number }>(
    db,
    `WITH grp AS (
       SELECT id, questionnaire_version_id AS qv, fit, scores
         FROM assessments
        WHERE job_role_id = $1 AND questionnaire_version_id = ANY($2::uuid[])
          AND status = 'submitted'
     ), keys AS (
       SELECT key, i::int AS i FROM unnest($3::text[]) WITH ORDINALITY AS d(key, i)
     ), vals AS (
       SELECT id, qv, 0 AS i, round(fit * 1e6) AS v FROM grp
       UNION ALL
       SELECT g.id, g.qv, k.i, round(coalesce((g.scores -> k.key)::float8, 0) * 1e6)
         FROM grp g CROSS JOIN keys k
     ), sorted AS (
       SELECT qv, i, array_agg(v ORDER BY v) AS arr, count(*) AS n FROM vals GROUP BY qv, i
     )
     SELECT t.id, t.i,
            (50.0 * (width_bucket(t.v - 0.5, s.arr) + width_bucket(t.v, s.arr)) / s.n)::float8
              AS pct
       FROM vals t JOIN sorted s ON s.qv = t.qv AND s.i = t.i
      WHERE t.id = ANY($4::uuid[])`,
    [targets.jobRoleId, targets.questionnaireVersionIds, targets.dimensions, targets.ids],
  );
  for (const r of rows) {
    const forId = out.get(r.id) ?? new Map<string | null, number>();
    forId.set(r.i === 0 ? null : targets.dimensions[r.i - 1], r.pct);
    out.set(r.id, forId);
  }
  return out;
}
