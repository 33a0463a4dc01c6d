import type { TeamGap } from './team-map.types';

/**
 * The team a what-if works on: exactly the shape of a stored team-role map's `members`,
 * `roles` and `fitMatrix` (so the web app can pass the map it fetched), or the unrounded
 * equivalent built from profiles by `whatIfTeamFromSnapshot`. Change a role's `slots` here to
 * ask "what if this role had one more slot".
 */
export interface WhatIfTeam {
  members: ReadonlyArray<{
    id: string;
    name: string;
    /** Needed only to place a member in a current role that is not a column of the matrix. */
    currentJobRoleId?: string | null;
    currentFit?: number | null;
  }>;
  roles: ReadonlyArray<{ id: string; slots: number }>;
  /** Rows = members, columns = roles, in the orders above. */
  fitMatrix: ReadonlyArray<ArrayLike<number>>;
}

/**
 * A proposed assignment: memberId → jobRoleId, or null for "no role". A member left out of
 * the object holds no role. The role is one of `team.roles`, or the member's own current role.
 */
export type ProposedAssignment = Readonly<Record<string, string | null | undefined>>;

export interface WhatIfOptions {
  /** Assigned members with a lower fit are `lowFit` gaps. Default 60, as in the analysis. */
  gapThreshold?: number;
}

export interface WhatIfMemberFit {
  memberId: string;
  jobRoleId: string | null;
  /** Fit in the proposed role; null without one. */
  fit: number | null;
}

export interface WhatIfRoleFill {
  jobRoleId: string;
  slots: number;
  /** Members the proposal puts in this role (may exceed `slots`: see `overfilled`). */
  assigned: number;
}

export interface WhatIfOverfill {
  jobRoleId: string;
  slots: number;
  /** Members in the role, best fit first (ties by name), as in the gap slot order. */
  memberIds: string[];
}

/** The proposal's numbers, computed and rounded exactly as the worker reports its own. */
export interface WhatIfResult {
  /** One entry per team member, in team order. */
  members: WhatIfMemberFit[];
  /** Σ fit of the members who hold a role. */
  totalFit: number;
  /** totalFit ÷ members holding a role; null when nobody does. */
  meanFit: number | null;
  assignedCount: number;
  /** Required roles only, in team order. */
  roles: WhatIfRoleFill[];
  /** Empty slots and low-fit holders, by the analysis' own rules (`TeamRoleMap.gaps`). */
  gaps: TeamGap[];
  /** Number of `empty` gaps. */
  unfilledSlots: number;
  /** Required roles holding more members than they have slots. */
  overfilled: WhatIfOverfill[];
}
