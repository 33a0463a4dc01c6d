/**
 * Cronbach's alpha written out for the browser tests, independently of libs/domain:
 * α = k/(k−1) × (1 − Σ var(item) / var(total)), over rows of keyed item scores.
 */
function variance(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
}

export function cronbachAlpha(rows: readonly (readonly number[])[]): number {
  const k = rows[0]!.length;
  const itemVariances = Array.from({ length: k }, (_, i) => variance(rows.map((r) => r[i]!)));
  const totals = rows.map((r) => r.reduce((a, b) => a + b, 0));
  return (k / (k - 1)) * (1 - itemVariances.reduce((a, b) => a + b, 0) / variance(totals));
}

/** A reverse-keyed answer on a min..max scale counts as min + max − x. */
export const keyedScore = (answer: number, keyed: 1 | -1, min = 1, max = 5) =>
  keyed === 1 ? answer : min + max - answer;
