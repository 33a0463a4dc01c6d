/**
 * Rounds to 2 decimals for the result document only; computations keep full precision.
 * Normalises −0 to 0 so JSON and equality checks never see a negative zero.
 */
export function roundForOutput(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

export function outputOrNull(value: number | null): number | null {
  return value === null ? null : roundForOutput(value);
}

/** Total ÷ count, rounded for output; null when nobody holds a role (no mean to show). */
export function meanForOutput(total: number, count: number): number | null {
  return count === 0 ? null : roundForOutput(total / count);
}

/**
 * Σ of the fits of members who hold a role (null = no role), in member order, and how many
 * hold one. The worker and the what-if both sum through here, so their totals agree exactly.
 */
export function sumFits(fits: ReadonlyArray<number | null>): { total: number; count: number } {
  let total = 0;
  let count = 0;
  for (const fit of fits) {
    if (fit === null) continue;
    total += fit;
    count++;
  }
  return { total, count };
}
