import type { ProfileTarget } from '../fit/fit';

/** A team member as frozen in the analysis snapshot. */
export interface TeamSnapshotMember {
  id: string;
  name: string;
  currentJobRoleId: string | null;
  /** dimensionKey → score 0–100; a missing dimension counts as 0, as in `computeFit`. */
  profile: Readonly<Record<string, number>>;
  /** E.g. quota attainment %; null when unknown. */
  performance: number | null;
}

/** A role the team requires, with its number of slots. */
export interface TeamSnapshotRole {
  id: string;
  title: string;
  isLeadership: boolean;
  slots: number;
  profile: readonly ProfileTarget[];
}

/**
 * A role the team does not require but the analysis still needs: members' current roles (for
 * "fit now" and moves) and the organisation's leadership roles (for the bench).
 */
export interface TeamSnapshotOtherRole {
  id: string;
  title: string;
  isLeadership: boolean;
  profile: readonly ProfileTarget[];
}

export interface TeamSnapshot {
  members: readonly TeamSnapshotMember[];
  roles: readonly TeamSnapshotRole[];
  otherRoles: readonly TeamSnapshotOtherRole[];
}

export interface TeamRoleMapOptions {
  /** Assigned slots with a fit below this are reported as `lowFit` gaps. Default 60. */
  gapThreshold?: number;
  /** Called with a fraction in (0, 1]; the last call is 1. */
  onProgress?: (fraction: number) => void;
}

export interface TeamGap {
  jobRoleId: string;
  /** 1-based; a role's assigned members take slots 1…n by fit (desc), empty slots follow. */
  slot: number;
  reason: 'empty' | 'lowFit';
  memberId?: string;
  fit?: number;
}

export interface TeamOverlap {
  jobRoleId: string;
  slots: number;
  /** Members whose single best required role this is, in team order. */
  bestFitMembers: string[];
}

export interface TeamMove {
  memberId: string;
  from: string | null;
  to: string | null;
  /** fit(to) − fit(from), a missing role counting as 0. */
  fitChange: number;
}

export interface CoachingDimension {
  dimension: string;
  score: number;
  target: number;
  /** weight × deviation² against the assigned role. */
  weightedShortfall: number;
}

export interface CoachingFocus {
  memberId: string;
  jobRoleId: string;
  dimensions: CoachingDimension[];
}

export interface LeadershipBench {
  jobRoleId: string;
  ranking: Array<{ memberId: string; fit: number }>;
  /** 1-based rank in `ranking` of the top performer; null when nobody has a performance. */
  topPerformerRank: number | null;
  topPerformerId: string | null;
}

/**
 * The team-role map. Field names are part of the public contract (PRODUCT.md, "analysis
 * result"). Fit values are rounded to 2 decimals for output only; every sum, comparison and
 * threshold uses the unrounded values.
 */
export interface TeamRoleMap {
  /**
   * In team order. `currentJobRoleId` is the member's role when the snapshot was taken (null:
   * none) and `currentFit` the fit to it (null without a role; the role may be one the team
   * does not require, so it is not always a column of the matrix).
   */
  members: Array<{
    id: string;
    name: string;
    currentJobRoleId: string | null;
    currentFit: number | null;
  }>;
  roles: Array<{ id: string; title: string; slots: number; isLeadership: boolean }>;
  /** Rows = members, columns = roles, both in the order above. */
  fitMatrix: number[][];
  assignment: Array<{ memberId: string; jobRoleId: string; fit: number }>;
  totalFitCurrent: number;
  totalFitOptimal: number;
  /**
   * Mean fit of the members who hold a role: now (members with a current role; a role the
   * snapshot lacks counts 0, as in the total) and in the optimal assignment. Null when nobody
   * holds a role. Totals grow with team size; the mean is what a manager can compare.
   */
  meanFitCurrent: number | null;
  meanFitOptimal: number | null;
  gaps: TeamGap[];
  overlaps: TeamOverlap[];
  moves: TeamMove[];
  coaching: CoachingFocus[];
  leadership: LeadershipBench[];
}
