import { buildScoreRows, compileProfile, computeFitMatrix, indexDimensions } from './fit-matrix';
import { RoleFitLookup } from './role-fit-lookup';
import type { TeamSnapshot } from './team-map.types';

/** The unrounded fits of a snapshot: the matrix over its required roles, and any role by id. */
export interface TeamFitTable {
  /** Row-major members × required roles. */
  fit: Float64Array;
  lookup: RoleFitLookup;
}

/** Built once per analysis (and per what-if team), by the same code for both. */
export function buildTeamFitTable(snapshot: TeamSnapshot): TeamFitTable {
  const dimensions = indexDimensions([
    ...snapshot.roles.map((role) => role.profile),
    ...snapshot.otherRoles.map((role) => role.profile),
  ]);
  const scoreRows = buildScoreRows(
    snapshot.members.map((m) => m.profile),
    dimensions,
  );
  const fit = computeFitMatrix(
    scoreRows,
    snapshot.roles.map((role) => compileProfile(role.profile, dimensions)),
  );
  return { fit, lookup: new RoleFitLookup(snapshot, dimensions, scoreRows, fit) };
}
