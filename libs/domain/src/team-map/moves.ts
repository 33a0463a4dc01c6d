import type { RoleFitLookup } from './role-fit-lookup';
import { roundForOutput } from './round-for-output';
import type { TeamMove, TeamSnapshot } from './team-map.types';

/**
 * Members whose optimal role (null when left unassigned) differs from their current one.
 * fitChange = fit(to) − fit(from), where no role counts as 0.
 */
export function findMoves(
  snapshot: TeamSnapshot,
  roleOfMember: Int32Array,
  fits: RoleFitLookup,
): TeamMove[] {
  const moves: TeamMove[] = [];
  snapshot.members.forEach((member, i) => {
    const from = member.currentJobRoleId;
    const to = roleOfMember[i] >= 0 ? snapshot.roles[roleOfMember[i]].id : null;
    if (from === to) return;
    moves.push({
      memberId: member.id,
      from,
      to,
      fitChange: roundForOutput(fits.fitTo(i, to) - fits.fitTo(i, from)),
    });
  });
  return moves;
}
