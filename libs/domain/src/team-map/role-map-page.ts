import type { TeamRoleMap } from './team-map.types';

/** Entries of each leadership ranking every page carries, besides its own members'. */
export const LEADERSHIP_TOP = 10;

export interface RoleMapPageRequest {
  /** 1-based. */
  page: number;
  /** Members per page. */
  pageSize: number;
}

/** A leadership ranking entry with its place in the whole team's ranking. */
export interface RankedEntry {
  memberId: string;
  fit: number;
  /** 1-based rank in the whole team. */
  rank: number;
}

/**
 * One page of a team-role map: a slice of the members (in team order) and everything keyed by
 * them — their fit-matrix rows, assignments, moves, coaching, low-fit gaps and places in the
 * overlaps — with every team-level figure whole: roles, totals, means, empty slots, and each
 * leadership ranking's top ten plus the top performer (every entry with its team-wide `rank`).
 * A 50,000-member map is then 100 pages of 500, not one 45 MB document.
 */
export type RoleMapPage = Omit<TeamRoleMap, 'leadership' | 'overlaps'> & {
  /** `bestFitMembers` lists this page's members; `bestFitCount` counts the whole team's. */
  overlaps: Array<TeamRoleMap['overlaps'][number] & { bestFitCount: number }>;
  leadership: Array<
    Omit<TeamRoleMap['leadership'][number], 'ranking'> & {
      ranking: RankedEntry[];
    }
  >;
  page: number;
  pageSize: number;
  /** Members in the whole map. */
  totalMembers: number;
};

export function roleMapPage(map: TeamRoleMap, request: RoleMapPageRequest): RoleMapPage {
  const { page, pageSize } = request;
  const start = (page - 1) * pageSize;
  const members = map.members.slice(start, start + pageSize);
  const onPage = new Set(members.map((m) => m.id));
  return {
    members,
    roles: map.roles,
    fitMatrix: map.fitMatrix.slice(start, start + pageSize),
    assignment: map.assignment.filter((a) => onPage.has(a.memberId)),
    totalFitCurrent: map.totalFitCurrent,
    totalFitOptimal: map.totalFitOptimal,
    meanFitCurrent: map.meanFitCurrent ?? null,
    meanFitOptimal: map.meanFitOptimal ?? null,
    gaps: map.gaps.filter((g) => g.memberId === undefined || onPage.has(g.memberId)),
    overlaps: map.overlaps.map((o) => ({
      ...o,
      bestFitMembers: o.bestFitMembers.filter((id) => onPage.has(id)),
      bestFitCount: o.bestFitMembers.length,
    })),
    moves: map.moves.filter((m) => onPage.has(m.memberId)),
    coaching: map.coaching.filter((c) => onPage.has(c.memberId)),
    leadership: map.leadership.map((bench) => ({
      ...bench,
      ranking: bench.ranking.flatMap((entry, k) =>
        k < LEADERSHIP_TOP || onPage.has(entry.memberId) || entry.memberId === bench.topPerformerId
          ? [{ memberId: entry.memberId, fit: entry.fit, rank: k + 1 }]
          : [],
      ),
    })),
    page,
    pageSize,
    totalMembers: map.members.length,
  };
}

/**
 * The map as someone who may not see members' performance reads it (recruiters): the
 * leadership benches keep their fit rankings, but say nothing about who the top performer is.
 */
export function withoutPerformance(map: TeamRoleMap): TeamRoleMap {
  return {
    ...map,
    leadership: map.leadership.map((bench) => ({
      ...bench,
      topPerformerRank: null,
      topPerformerId: null,
    })),
  };
}
