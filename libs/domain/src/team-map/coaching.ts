import { deviationFor } from '../fit/fit';
import { roundForOutput } from './round-for-output';
import type { CoachingDimension, CoachingFocus, TeamSnapshot } from './team-map.types';

/** Tip 3: coach toward each person's own biggest gaps, not a generic programme. */
const FOCUS_DIMENSIONS = 2;

/**
 * Per assigned member: the dimensions of the assigned role with the largest weighted
 * shortfall w·dev² (the same terms the fit formula loses on), at most two, only those with a
 * deviation; ties keep the role profile's order. Every assigned member gets an entry, with an
 * empty list when nothing falls short.
 */
export function coachingFocus(snapshot: TeamSnapshot, roleOfMember: Int32Array): CoachingFocus[] {
  const focus: CoachingFocus[] = [];
  snapshot.members.forEach((member, i) => {
    const j = roleOfMember[i];
    if (j < 0) return;
    const role = snapshot.roles[j];
    const shortfalls = role.profile
      .map((p) => {
        const score = member.profile[p.dimension] ?? 0;
        const deviation = deviationFor(p.direction, p.target, score);
        return { p, score, deviation, weighted: p.weight * deviation * deviation };
      })
      .filter((d) => d.deviation > 0)
      .sort((a, b) => b.weighted - a.weighted);
    const dimensions: CoachingDimension[] = shortfalls
      .slice(0, FOCUS_DIMENSIONS)
      .map(({ p, score, weighted }) => ({
        dimension: p.dimension,
        score,
        target: p.target,
        weightedShortfall: roundForOutput(weighted),
      }));
    focus.push({ memberId: member.id, jobRoleId: role.id, dimensions });
  });
  return focus;
}
