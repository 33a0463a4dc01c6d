import { computeFit } from '@rolefit/domain';
import { SeededRandom } from '@rolefit/testkit';
import { randomMemberProfile, randomRoleProfile } from '../lib/fixtures';

export interface SolverSize {
  members: number;
  roles: number;
  slotsPerRole: number;
  /**
   * `profiles`: fits computed with the product's formula from random member and role
   * profiles (realistic: many members meet an `atLeast` target, so fits tie at or near 100);
   * `uniform`: independent uniform fits in [40, 100) (no structure, few ties).
   */
  kind: 'profiles' | 'uniform';
}

export interface SolverInstance extends SolverSize {
  fit: Float64Array;
  capacity: Int32Array;
}

/**
 * A seeded random team: member profiles and role target profiles over the default dimensions,
 * and the members × roles fit matrix computed with the product's fit formula (so the values
 * have the structure of real fits, not uniform noise).
 */
export function generateInstance(size: SolverSize, seed: number): SolverInstance {
  const rng = new SeededRandom(seed);
  if (size.kind === 'uniform') {
    const fit = Float64Array.from({ length: size.members * size.roles }, () =>
      rng.between(40, 100),
    );
    return { ...size, fit, capacity: new Int32Array(size.roles).fill(size.slotsPerRole) };
  }
  const roleProfiles = Array.from({ length: size.roles }, () => randomRoleProfile(rng));
  const fit = new Float64Array(size.members * size.roles);
  for (let i = 0; i < size.members; i++) {
    const profile = randomMemberProfile(rng);
    for (let j = 0; j < size.roles; j++) {
      fit[i * size.roles + j] = computeFit(roleProfiles[j], profile).fit;
    }
  }
  return { ...size, fit, capacity: new Int32Array(size.roles).fill(size.slotsPerRole) };
}

export const sizeLabel = (s: SolverSize) =>
  `${s.members.toLocaleString('en-US')} × ${s.roles} × ${s.slotsPerRole}${s.kind === 'uniform' ? ' (uniform)' : ''}`;
