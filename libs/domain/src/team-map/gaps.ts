import { compareMembersByName } from './member-order';
import { roundForOutput } from './round-for-output';
import type { TeamGap, TeamSnapshot } from './team-map.types';

/**
 * Per required role: its assigned members take slots 1…n in order of fit (best first, ties by
 * name), and each one below the threshold is a `lowFit` gap; the slots after them are `empty`.
 */
export function findGaps(
  snapshot: TeamSnapshot,
  fit: Float64Array,
  roleOfMember: Int32Array,
  gapThreshold: number,
): TeamGap[] {
  const r = snapshot.roles.length;
  const holders = snapshot.roles.map(() => [] as number[]);
  roleOfMember.forEach((j, i) => {
    if (j >= 0) holders[j].push(i);
  });
  const gaps: TeamGap[] = [];
  snapshot.roles.forEach((role, j) => {
    const fitOf = (i: number) => fit[i * r + j];
    const inSlotOrder = holders[j].sort(
      (a, b) =>
        fitOf(b) - fitOf(a) || compareMembersByName(snapshot.members[a], snapshot.members[b]),
    );
    inSlotOrder.forEach((i, k) => {
      if (fitOf(i) < gapThreshold) {
        gaps.push({
          jobRoleId: role.id,
          slot: k + 1,
          reason: 'lowFit',
          memberId: snapshot.members[i].id,
          fit: roundForOutput(fitOf(i)),
        });
      }
    });
    for (let slot = inSlotOrder.length + 1; slot <= role.slots; slot++) {
      gaps.push({ jobRoleId: role.id, slot, reason: 'empty' });
    }
  });
  return gaps;
}
