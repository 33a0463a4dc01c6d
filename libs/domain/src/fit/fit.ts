/**
 * Role fit, exactly as the product brief defines it:
 *   deviation = max(0, target − score) for `atLeast`, |target − score| for `ideal`
 *   fit       = 100 − sqrt( Σ w·dev² / Σ w )
 *   lossShare = 100 × w·dev² / Σ w·dev²   (all 0 when fit is 100)
 */
export type Direction = 'atLeast' | 'ideal';

export interface ProfileTarget {
  dimension: string;
  target: number;
  weight: number;
  direction: Direction;
  minimum?: number | null;
}

export interface DimensionFit {
  dimension: string;
  score: number;
  target: number;
  weight: number;
  deviation: number;
  lossShare: number;
}

export interface FitResult {
  fit: number;
  dimensions: DimensionFit[];
  /** Dimensions whose `minimum` hurdle is not met. */
  minimumsMissed: string[];
}

export function deviationFor(direction: Direction, target: number, score: number): number {
  return direction === 'atLeast' ? Math.max(0, target - score) : Math.abs(target - score);
}

/**
 * Fit of a set of dimension scores against a target profile. A dimension with no score counts
 * as 0 (nothing shown of it), which is the conservative reading for a hurdle.
 */
export function computeFit(
  profile: readonly ProfileTarget[],
  scores: Readonly<Record<string, number>>,
): FitResult {
  let weightSum = 0;
  let lossSum = 0;
  const rows = profile.map((p) => {
    const score = scores[p.dimension] ?? 0;
    const deviation = deviationFor(p.direction, p.target, score);
    const loss = p.weight * deviation * deviation;
    weightSum += p.weight;
    lossSum += loss;
    return { p, score, deviation, loss };
  });
  const fit = weightSum > 0 ? 100 - Math.sqrt(lossSum / weightSum) : 100;
  return {
    fit,
    dimensions: rows.map(({ p, score, deviation, loss }) => ({
      dimension: p.dimension,
      score,
      target: p.target,
      weight: p.weight,
      deviation,
      lossShare: lossSum > 0 ? (100 * loss) / lossSum : 0,
    })),
    minimumsMissed: rows
      .filter(({ p, score }) => p.minimum !== undefined && p.minimum !== null && score < p.minimum)
      .map(({ p }) => p.dimension),
  };
}

/**
 * Fit only, without the explanation: the hot path of the team analysis, where a
 * 5,000 × 50 matrix is filled. Profile arrays are pre-resolved to dimension indexes.
 */
export function fitFromArrays(
  scores: ArrayLike<number>,
  dimensionIndex: ArrayLike<number>,
  targets: ArrayLike<number>,
  weights: ArrayLike<number>,
  idealDirection: ArrayLike<number>,
): number {
  let weightSum = 0;
  let lossSum = 0;
  for (let k = 0; k < dimensionIndex.length; k++) {
    const score = scores[dimensionIndex[k]];
    const diff = targets[k] - score;
    const deviation = idealDirection[k] ? Math.abs(diff) : Math.max(0, diff);
    weightSum += weights[k];
    lossSum += weights[k] * deviation * deviation;
  }
  return weightSum > 0 ? 100 - Math.sqrt(lossSum / weightSum) : 100;
}
