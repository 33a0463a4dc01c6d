import { compareMembersByName } from './member-order';
import { roundForOutput } from './round-for-output';
import type { TeamGap } from './team-map.types';

/** What gap finding needs of a team: a snapshot, a stored map and a what-if all have it. */
export interface SlottedTeam {
  members: ReadonlyArray<{ id: string; name: string }>;
  roles: ReadonlyArray<{ id: string; slots: number }>;
}

/**
 * Per required role: its assigned members take slots 1…n in order of fit (best first, ties by
 * name), and each one below the threshold is a `lowFit` gap; the slots after them are `empty`.
 * `fit` is row-major members × roles. A role holding more members than slots (possible in a
 * what-if, never in the optimum) numbers them on past its slot count and has no empty slot.
 */
export function findGaps(
  snapshot: SlottedTeam,
  fit: ArrayLike<number>,
  roleOfMember: ArrayLike<number>,
  gapThreshold: number,
): TeamGap[] {
  const r = snapshot.roles.length;
  const holders = holdersInSlotOrder(snapshot, fit, roleOfMember);
  const gaps: TeamGap[] = [];
  snapshot.roles.forEach((role, j) => {
    const fitOf = (i: number) => fit[i * r + j];
    const inSlotOrder = holders[j];
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

/** Per role, the indexes of its members best fit first, ties by name: the slot order. */
export function holdersInSlotOrder(
  team: SlottedTeam,
  fit: ArrayLike<number>,
  roleOfMember: ArrayLike<number>,
): number[][] {
  const r = team.roles.length;
  const holders = team.roles.map(() => [] as number[]);
  for (let i = 0; i < roleOfMember.length; i++) {
    if (roleOfMember[i] >= 0) holders[roleOfMember[i]].push(i);
  }
  return holders.map((members, j) =>
    members.sort(
      (a, b) =>
        fit[b * r + j] - fit[a * r + j] || compareMembersByName(team.members[a], team.members[b]),
    ),
  );
}
