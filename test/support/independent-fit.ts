/**
 * PRODUCT.md's fit formula written out again, plainly, for tests to check the product
 * against: 100 − sqrt(Σ w·dev² / Σ w), dev = max(0, t − s) for atLeast, |t − s| for ideal.
 */
export function independentFit(
  profile: { dimension: string; target: number; weight: number; direction: string }[],
  scores: Record<string, number>,
): number {
  let num = 0;
  let den = 0;
  for (const p of profile) {
    const s = scores[p.dimension] ?? 0;
    const dev = p.direction === 'atLeast' ? Math.max(0, p.target - s) : Math.abs(p.target - s);
    num += p.weight * dev * dev;
    den += p.weight;
  }
  return 100 - Math.sqrt(num / den);
}

/** Best total over every way to give members distinct slots (brute force, small inputs only). */
export function bruteForceBestTotal(fit: number[][], slots: number[]): number {
  const m = fit.length;
  const target = Math.min(
    m,
    slots.reduce((a, b) => a + b, 0),
  );
  const left = [...slots];
  let best = -Infinity;
  const visit = (i: number, used: number, total: number) => {
    if (i === m) {
      if (used === target && total > best) best = total;
      return;
    }
    visit(i + 1, used, total);
    for (let j = 0; j < left.length; j++) {
      if (left[j] === 0) continue;
      left[j]--;
      visit(i + 1, used + 1, total + fit[i][j]);
      left[j]++;
    }
  };
  visit(0, 0, 0);
  return best;
}
