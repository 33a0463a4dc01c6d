import type { TeamOverlap, TeamSnapshot } from './team-map.types';

/**
 * Roles that are the single best fit of more members than they have slots: the crowded
 * roles of tip 4. Each member's best role is the argmax of its fit row; on a tie the role
 * listed first counts, so every member counts towards exactly one role.
 */
export function findOverlaps(snapshot: TeamSnapshot, fit: Float64Array): TeamOverlap[] {
  const r = snapshot.roles.length;
  if (r === 0) return [];
  const bestFitMembers = snapshot.roles.map(() => [] as string[]);
  snapshot.members.forEach((member, i) => {
    let best = 0;
    for (let j = 1; j < r; j++) if (fit[i * r + j] > fit[i * r + best]) best = j;
    bestFitMembers[best].push(member.id);
  });
  const overlaps: TeamOverlap[] = [];
  snapshot.roles.forEach((role, j) => {
    if (bestFitMembers[j].length > role.slots) {
      overlaps.push({ jobRoleId: role.id, slots: role.slots, bestFitMembers: bestFitMembers[j] });
    }
  });
  return overlaps;
}
