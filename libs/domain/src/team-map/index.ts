export type {
  CoachingDimension,
  CoachingFocus,
  LeadershipBench,
  TeamGap,
  TeamMove,
  TeamOverlap,
  TeamRoleMap,
  TeamRoleMapOptions,
  TeamSnapshot,
  TeamSnapshotMember,
  TeamSnapshotOtherRole,
  TeamSnapshotRole,
} from './team-map.types';
export { computeTeamRoleMap, DEFAULT_GAP_THRESHOLD } from './compute-team-role-map';
export { renderRoleMapSvg, type RoleMapSvgOptions } from './render-role-map-svg';
export {
  assignmentFromMap,
  currentAssignmentOf,
  evaluateAssignment,
  whatIfTeamFromSnapshot,
} from './what-if';
export type {
  ProposedAssignment,
  WhatIfMemberFit,
  WhatIfOptions,
  WhatIfOverfill,
  WhatIfResult,
  WhatIfRoleFill,
  WhatIfTeam,
} from './what-if.types';
export {
  LEADERSHIP_TOP,
  roleMapPage,
  type RankedEntry,
  type RoleMapPage,
  type RoleMapPageRequest,
  withoutPerformance,
} from './role-map-page';
