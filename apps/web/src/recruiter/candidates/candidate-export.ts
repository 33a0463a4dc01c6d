import { toCsv } from '../lib/csv';
import type { AssessmentResult } from '../types';

/**
 * The ranked candidates as CSV rows: one header, then one row per candidate in rank order,
 * with each profile dimension's score as its own column (in the order of `dimensions`).
 * Every text cell goes through csvCell, so a name like `=HYPERLINK(…)` stays text.
 */
export function candidatesCsv(
  candidates: readonly AssessmentResult[],
  dimensions: readonly string[],
  firstRank = 1,
): string {
  const header = [
    'rank',
    'name',
    'email',
    'fit',
    'eligible',
    'fitPercentile',
    'status',
    'submittedAt',
    'knockoutsFailed',
    'minimumsMissed',
    ...dimensions.map((d) => `score:${d}`),
  ];
  const rows = candidates.map((c, index) => [
    firstRank + index,
    c.candidate.name,
    c.candidate.email,
    c.fit === null ? null : round(c.fit),
    c.eligible === null ? null : c.eligible ? 'yes' : 'no',
    c.fitPercentile === null ? null : round(c.fitPercentile),
    c.status,
    c.submittedAt,
    c.knockoutsFailed.join(' '),
    c.minimumsMissed.join(' '),
    ...dimensions.map((d) => {
      const score = c.dimensionScores.find((s) => s.dimension === d)?.score;
      return score === undefined ? null : round(score);
    }),
  ]);
  return toCsv([header, ...rows]);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
