/**
 * Percentages may carry decimals (33.3 + 33.3 + 33.4), so sums are compared with a tolerance
 * that absorbs binary floating-point noise but nothing a person would type.
 */
export const PERCENT_SUM_TOLERANCE = 1e-9;

export function sumsToHundred(sum: number): boolean {
  return Math.abs(sum - 100) <= PERCENT_SUM_TOLERANCE;
}

/** Shows a sum the way a person would write it (90, 99.5), without floating-point tails. */
export function formatPercentSum(sum: number): string {
  const rounded = Math.round(sum * 1e6) / 1e6;
  // A sum just outside the tolerance must not read "sums to 100, must be 100".
  return rounded === 100 ? String(sum) : String(rounded);
}

export function isPercent(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}
