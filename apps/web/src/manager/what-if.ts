import {
  assignmentFromMap,
  currentAssignmentOf,
  evaluateAssignment,
  type WhatIfResult,
  type WhatIfTeam,
} from '@rolefit/domain/team-map';

/** What the what-if needs of a stored map (the map's own fields, nothing computed here). */
export interface MapForWhatIf {
  members: ReadonlyArray<{
    id: string;
    name: string;
    currentJobRoleId: string | null;
    currentFit: number | null;
  }>;
  roles: ReadonlyArray<{ id: string; slots: number }>;
  fitMatrix: ReadonlyArray<ReadonlyArray<number>>;
  assignment: ReadonlyArray<{ memberId: string; jobRoleId: string }>;
}

export type WhatIfStart = 'current' | 'optimal';

/** A manager's what-if: a starting assignment, members moved from it, slots changed. */
export interface WhatIfState {
  start: WhatIfStart;
  /** memberId → the role tried (null: no role). */
  moves: Readonly<Record<string, string | null>>;
  /** jobRoleId → slots tried instead of the team's requirement. */
  slots: Readonly<Record<string, number>>;
}

export const EMPTY_WHAT_IF: WhatIfState = { start: 'current', moves: {}, slots: {} };

/** The team as the domain's what-if takes it, with any slot changes applied. */
export function whatIfTeamOf(map: MapForWhatIf, slots: WhatIfState['slots'] = {}): WhatIfTeam {
  return {
    members: map.members,
    roles: map.roles.map((r) => ({ id: r.id, slots: slots[r.id] ?? r.slots })),
    fitMatrix: map.fitMatrix,
  };
}

export function startingAssignment(
  map: MapForWhatIf,
  start: WhatIfStart,
): Record<string, string | null> {
  return start === 'optimal' ? assignmentFromMap(map) : currentAssignmentOf(whatIfTeamOf(map));
}

export interface WhatIfOutcome {
  /** The starting point as it is (the map's "now" or "optimal" figures). */
  before: WhatIfResult;
  /** With the moves and slot changes. */
  after: WhatIfResult;
}

/**
 * Fits, totals, mean, gaps and over-filled roles before and after the what-if, by the
 * domain's `evaluateAssignment` — the code the worker's analysis sums and finds gaps with.
 */
export function evaluateWhatIf(
  map: MapForWhatIf,
  state: WhatIfState,
  gapThreshold?: number,
): WhatIfOutcome {
  const start = startingAssignment(map, state.start);
  const options = gapThreshold === undefined ? {} : { gapThreshold };
  return {
    before: evaluateAssignment(whatIfTeamOf(map), start, options),
    after: evaluateAssignment(
      whatIfTeamOf(map, state.slots),
      { ...start, ...state.moves },
      options,
    ),
  };
}

/** Whether anything was tried. */
export function isChanged(state: WhatIfState): boolean {
  return Object.keys(state.moves).length > 0 || Object.keys(state.slots).length > 0;
}
