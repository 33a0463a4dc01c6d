/**
 * Rounds to 2 decimals for the result document only; computations keep full precision.
 * Normalises −0 to 0 so JSON and equality checks never see a negative zero.
 */
export function roundForOutput(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
