import { fitFromArrays, type ProfileTarget } from '../fit/fit';

/**
 * A target profile resolved to dimension columns once, so filling a 5,000 × 50 matrix calls
 * the allocation-free `fitFromArrays` instead of the explaining `computeFit`.
 */
export interface CompiledProfile {
  dimensionIndex: Int32Array;
  targets: Float64Array;
  weights: Float64Array;
  idealDirection: Uint8Array;
}

/** One column per dimension key used by any of the profiles, in first-seen order. */
export function indexDimensions(profiles: Iterable<readonly ProfileTarget[]>): Map<string, number> {
  const index = new Map<string, number>();
  for (const profile of profiles) {
    for (const p of profile) if (!index.has(p.dimension)) index.set(p.dimension, index.size);
  }
  return index;
}

export function compileProfile(
  profile: readonly ProfileTarget[],
  dimensions: ReadonlyMap<string, number>,
): CompiledProfile {
  return {
    dimensionIndex: Int32Array.from(profile, (p) => dimensions.get(p.dimension) ?? -1),
    targets: Float64Array.from(profile, (p) => p.target),
    weights: Float64Array.from(profile, (p) => p.weight),
    idealDirection: Uint8Array.from(profile, (p) => (p.direction === 'ideal' ? 1 : 0)),
  };
}

/**
 * Members' scores as rows over the indexed dimensions (views into one buffer). A dimension the
 * member has no score for is 0, the same conservative reading as `computeFit`.
 */
export function buildScoreRows(
  profiles: ReadonlyArray<Readonly<Record<string, number>>>,
  dimensions: ReadonlyMap<string, number>,
): Float64Array[] {
  const width = dimensions.size;
  const buffer = new Float64Array(profiles.length * width);
  return profiles.map((profile, i) => {
    const row = buffer.subarray(i * width, (i + 1) * width);
    for (const [key, column] of dimensions) row[column] = profile[key] ?? 0;
    return row;
  });
}

export function fitOf(scores: Float64Array, profile: CompiledProfile): number {
  return fitFromArrays(
    scores,
    profile.dimensionIndex,
    profile.targets,
    profile.weights,
    profile.idealDirection,
  );
}

/** Row-major members × roles fit matrix. */
export function computeFitMatrix(
  scoreRows: readonly Float64Array[],
  roles: readonly CompiledProfile[],
): Float64Array {
  const r = roles.length;
  const fit = new Float64Array(scoreRows.length * r);
  scoreRows.forEach((scores, i) => {
    for (let j = 0; j < r; j++) fit[i * r + j] = fitOf(scores, roles[j]);
  });
  return fit;
}
