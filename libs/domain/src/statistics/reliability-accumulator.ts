/**
 * Streaming reliability statistics for the k items of one dimension: Cronbach's alpha, item
 * mean/SD, corrected item–total correlation and alpha-if-item-deleted, all derived from the
 * item means and the k × k co-moment matrix. Memory is O(k²) whatever the number of rows, so
 * a questionnaire's submissions can be streamed from the database in chunks.
 */

export interface ItemReliability {
  /** null when no rows were added. */
  mean: number | null;
  /** Sample SD (n − 1); null when n < 2. */
  sd: number | null;
  /** Pearson r of the item vs. the sum of the OTHER items; null when k < 2, n < 2 or a variance is 0. */
  correctedItemTotal: number | null;
  /** Alpha of the remaining k − 1 items; null when k < 3, n < 2 or their total has no variance. */
  alphaIfDeleted: number | null;
}

export interface ReliabilityResult {
  n: number;
  /** Cronbach's alpha; null when k < 2, n < 2 or the total has no variance. */
  alpha: number | null;
  items: ItemReliability[];
}

/*
 * A variance obtained by adding and subtracting co-moments (the total, or "all items but i")
 * can come out as ±1e-15 instead of 0 — e.g. two perfectly opposed items. Anything this small
 * relative to the item variances it was built from is treated as zero, so alpha is reported as
 * undefined (null) rather than as a huge meaningless number.
 */
const RELATIVE_ZERO = 1e-12;

export class ReliabilityAccumulator {
  private count = 0;
  private readonly means: Float64Array;
  /** Upper triangle (i ≤ j) of Σ (x_i − mean_i)(x_j − mean_j), row-major k × k. */
  private readonly comoments: Float64Array;
  private readonly deltas: Float64Array;

  constructor(readonly k: number) {
    if (!Number.isInteger(k) || k < 1) {
      throw new RangeError(
        `ReliabilityAccumulator needs a positive whole number of items, got ${k}`,
      );
    }
    this.means = new Float64Array(k);
    this.comoments = new Float64Array(k * k);
    this.deltas = new Float64Array(k);
  }

  get n(): number {
    return this.count;
  }

  /**
   * Adds one complete row of KEYED item scores (after reverse-keying). Welford's update
   * generalised to co-moments: C_ij += (x_i − oldMean_i)(x_j − newMean_j), which avoids the
   * cancellation of the naive Σx² − (Σx)²/n formula.
   */
  add(row: ArrayLike<number>): void {
    const { k, means, comoments, deltas } = this;
    if (row.length !== k) {
      throw new RangeError(`row has ${row.length} item scores, expected ${k}`);
    }
    for (let i = 0; i < k; i++) {
      if (!Number.isFinite(row[i])) throw new RangeError(`item score ${i} is not a finite number`);
    }
    const n = ++this.count;
    for (let i = 0; i < k; i++) {
      deltas[i] = row[i] - means[i];
      means[i] += deltas[i] / n;
    }
    for (let i = 0; i < k; i++) {
      const di = deltas[i];
      const base = i * k;
      for (let j = i; j < k; j++) {
        comoments[base + j] += di * (row[j] - means[j]);
      }
    }
  }

  result(): ReliabilityResult {
    const { k, count: n } = this;
    const c = (i: number, j: number): number =>
      i <= j ? this.comoments[i * k + j] : this.comoments[j * k + i];

    // Co-moment sums are enough: every ratio below has (n − 1) in numerator and denominator.
    const rowSums = new Float64Array(k);
    let itemTrace = 0;
    for (let i = 0; i < k; i++) {
      itemTrace += c(i, i);
      for (let j = 0; j < k; j++) rowSums[i] += c(i, j);
    }
    let total = 0;
    for (let i = 0; i < k; i++) total += rowSums[i];

    const enough = n >= 2;
    const items = Array.from({ length: k }, (_, i): ItemReliability => {
      const own = c(i, i);
      // Sum of the other items: var = S − 2·rowSum_i + C_ii, cov with item i = rowSum_i − C_ii.
      const othersTrace = itemTrace - own;
      const othersTotal = total - 2 * rowSums[i] + own;
      const othersVarPositive = !isNegligible(othersTotal, othersTrace);
      return {
        mean: n >= 1 ? this.means[i] : null,
        sd: enough ? Math.sqrt(own / (n - 1)) : null,
        correctedItemTotal:
          enough && k >= 2 && own > 0 && othersVarPositive
            ? clampCorrelation((rowSums[i] - own) / Math.sqrt(own * othersTotal))
            : null,
        alphaIfDeleted:
          enough && k >= 3 && othersVarPositive ? cronbach(k - 1, othersTrace, othersTotal) : null,
      };
    });

    return {
      n,
      alpha:
        enough && k >= 2 && !isNegligible(total, itemTrace) ? cronbach(k, itemTrace, total) : null,
      items,
    };
  }
}

/** k/(k−1) × (1 − Σ var(item) / var(total)), with co-moment sums in place of variances. */
function cronbach(k: number, itemComomentSum: number, totalComoment: number): number {
  return (k / (k - 1)) * (1 - itemComomentSum / totalComoment);
}

function isNegligible(variance: number, scale: number): boolean {
  return variance <= scale * RELATIVE_ZERO;
}

/** Rounding can push |r| a hair past 1 for (nearly) collinear items. */
function clampCorrelation(r: number): number {
  return Math.max(-1, Math.min(1, r));
}
