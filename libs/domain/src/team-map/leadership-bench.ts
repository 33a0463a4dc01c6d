import { compareMembersByName } from './member-order';
import type { RoleFitLookup } from './role-fit-lookup';
import { roundForOutput } from './round-for-output';
import type { LeadershipBench, TeamSnapshot, TeamSnapshotMember } from './team-map.types';

/**
 * Tip 10: for every leadership role (required ones first, then the other roles, each id once),
 * all members ranked by fit (best first, ties by name), with the rank of the top performer
 * shown beside it — the best seller is often not the best-fitting leader.
 */
export function leadershipBench(snapshot: TeamSnapshot, fits: RoleFitLookup): LeadershipBench[] {
  const topPerformer = findTopPerformer(snapshot.members);
  const seen = new Set<string>();
  const roles = [...snapshot.roles, ...snapshot.otherRoles].filter((role) => {
    if (!role.isLeadership || seen.has(role.id)) return false;
    seen.add(role.id);
    return true;
  });
  return roles.map((role) => {
    const ranked = snapshot.members
      .map((member, i) => ({ member, fit: fits.fitTo(i, role.id) }))
      .sort((a, b) => b.fit - a.fit || compareMembersByName(a.member, b.member));
    const rank = topPerformer ? ranked.findIndex((r) => r.member === topPerformer) + 1 : 0;
    return {
      jobRoleId: role.id,
      ranking: ranked.map((r) => ({ memberId: r.member.id, fit: roundForOutput(r.fit) })),
      topPerformerRank: topPerformer ? rank : null,
      topPerformerId: topPerformer ? topPerformer.id : null,
    };
  });
}

/** Highest `performance` (ties by name); members without one are not candidates. */
function findTopPerformer(members: readonly TeamSnapshotMember[]): TeamSnapshotMember | null {
  let top: TeamSnapshotMember | null = null;
  for (const member of members) {
    if (member.performance === null || !Number.isFinite(member.performance)) continue;
    if (
      top === null ||
      member.performance > (top.performance ?? -Infinity) ||
      (member.performance === top.performance && compareMembersByName(member, top) < 0)
    ) {
      top = member;
    }
  }
  return top;
}
