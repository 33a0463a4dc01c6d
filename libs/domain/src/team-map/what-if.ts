import { DomainValidationError, type FieldError } from '../errors';
import { findGaps, holdersInSlotOrder } from './gaps';
import { buildTeamFitTable } from './team-fit-table';
import { meanForOutput, outputOrNull, roundForOutput, sumFits } from './round-for-output';
import type { TeamSnapshot } from './team-map.types';
import type { ProposedAssignment, WhatIfOptions, WhatIfResult, WhatIfTeam } from './what-if.types';

/** The analysis' default; repeated here so this module does not import the solver. */
const DEFAULT_GAP_THRESHOLD = 60;

/**
 * "What if Kari took the closer role?" — the fits, totals, mean, gaps and over-filled roles of
 * any proposed assignment, by the same rules and the same summation the analysis uses: given
 * the analysis' own assignment (or the members' current roles) and the unrounded team of
 * `whatIfTeamFromSnapshot`, `totalFit`/`meanFit`/`gaps` equal the map's
 * `totalFitOptimal`/`meanFitOptimal`/`gaps` (or `totalFitCurrent`/`meanFitCurrent`) exactly.
 * Given a stored map (fits rounded to 2 decimals) they agree to within rounding.
 *
 * Plain TypeScript with no Node or framework imports: the web app runs it in the browser.
 */
export function evaluateAssignment(
  team: WhatIfTeam,
  proposed: ProposedAssignment,
  options: WhatIfOptions = {},
): WhatIfResult {
  const gapThreshold = options.gapThreshold ?? DEFAULT_GAP_THRESHOLD;
  const errors = teamErrors(team, gapThreshold);
  const r = team.roles.length;
  const fit = flatten(team);
  const roleIndex = new Map(team.roles.map((role, j) => [role.id, j]));
  const memberIds = new Set(team.members.map((m) => m.id));
  for (const memberId of Object.keys(proposed)) {
    if (!memberIds.has(memberId)) {
      errors.push({ field: `assignment.${memberId}`, message: 'is not a member of the team' });
    }
  }

  const roleOfMember = new Int32Array(team.members.length).fill(-1);
  const fits = team.members.map((member, i): number | null => {
    const roleId = proposed[member.id] ?? null;
    if (roleId === null) return null;
    const j = roleIndex.get(roleId);
    if (j !== undefined) {
      roleOfMember[i] = j;
      return fit[i * r + j];
    }
    if (roleId === member.currentJobRoleId && typeof member.currentFit === 'number') {
      return member.currentFit;
    }
    errors.push({
      field: `assignment.${member.id}`,
      message: 'must be a required role of the team or the member’s current role',
    });
    return null;
  });
  if (errors.length > 0) throw new DomainValidationError('Invalid what-if', errors);

  const { total, count } = sumFits(fits);
  const holders = holdersInSlotOrder(team, fit, roleOfMember);
  const gaps = findGaps(team, fit, roleOfMember, gapThreshold);
  return {
    members: team.members.map((member, i) => ({
      memberId: member.id,
      jobRoleId: proposed[member.id] ?? null,
      fit: outputOrNull(fits[i]),
    })),
    totalFit: roundForOutput(total),
    meanFit: meanForOutput(total, count),
    assignedCount: count,
    roles: team.roles.map((role, j) => ({
      jobRoleId: role.id,
      slots: role.slots,
      assigned: holders[j].length,
    })),
    gaps,
    unfilledSlots: gaps.filter((g) => g.reason === 'empty').length,
    overfilled: team.roles.flatMap((role, j) =>
      holders[j].length > role.slots
        ? [
            {
              jobRoleId: role.id,
              slots: role.slots,
              memberIds: holders[j].map((i) => team.members[i].id),
            },
          ]
        : [],
    ),
  };
}

/**
 * The unrounded what-if team of a snapshot: the fit matrix over its required roles and each
 * member's fit to their current role, computed by the analysis' own code. With it, a what-if
 * reproduces the analysis' numbers exactly rather than to within rounding.
 */
export function whatIfTeamFromSnapshot(snapshot: TeamSnapshot): WhatIfTeam {
  const { members, roles } = snapshot;
  const { fit, lookup } = buildTeamFitTable(snapshot);
  const r = roles.length;
  return {
    members: members.map((m, i) => ({
      id: m.id,
      name: m.name,
      currentJobRoleId: m.currentJobRoleId,
      currentFit: m.currentJobRoleId === null ? null : lookup.fitTo(i, m.currentJobRoleId),
    })),
    roles: roles.map((role) => ({ id: role.id, slots: role.slots })),
    fitMatrix: members.map((_, i) => fit.subarray(i * r, (i + 1) * r)),
  };
}

/**
 * The current roles as a proposal: the starting point of most what-ifs ("now"), and the
 * assignment whose numbers are the map's `…Current` figures.
 */
export function currentAssignmentOf(team: WhatIfTeam): Record<string, string | null> {
  return Object.fromEntries(team.members.map((m) => [m.id, m.currentJobRoleId ?? null]));
}

/** The analysis' optimal assignment as a proposal (members it leaves out hold no role). */
export function assignmentFromMap(map: {
  members: ReadonlyArray<{ id: string }>;
  assignment: ReadonlyArray<{ memberId: string; jobRoleId: string }>;
}): Record<string, string | null> {
  const proposal: Record<string, string | null> = Object.fromEntries(
    map.members.map((m) => [m.id, null]),
  );
  for (const a of map.assignment) proposal[a.memberId] = a.jobRoleId;
  return proposal;
}

function flatten(team: WhatIfTeam): Float64Array {
  const r = team.roles.length;
  const fit = new Float64Array(team.members.length * r);
  team.members.forEach((_, i) => {
    const row = team.fitMatrix[i];
    for (let j = 0; j < r; j++) fit[i * r + j] = row?.[j] ?? NaN;
  });
  return fit;
}

function teamErrors(team: WhatIfTeam, gapThreshold: number): FieldError[] {
  const errors: FieldError[] = [];
  const r = team.roles.length;
  if (team.fitMatrix.length !== team.members.length) {
    errors.push({ field: 'fitMatrix', message: 'must have one row per member' });
  }
  team.fitMatrix.forEach((row, i) => {
    if (row.length !== r) {
      errors.push({ field: `fitMatrix[${i}]`, message: 'must have one value per role' });
      return;
    }
    for (let j = 0; j < r; j++) {
      if (!Number.isFinite(row[j])) {
        errors.push({ field: `fitMatrix[${i}][${j}]`, message: 'must be a finite number' });
      }
    }
  });
  const roleIds = new Set<string>();
  team.roles.forEach((role, j) => {
    if (roleIds.has(role.id)) errors.push({ field: `roles[${j}].id`, message: 'duplicate id' });
    roleIds.add(role.id);
    if (!Number.isInteger(role.slots) || role.slots < 0) {
      errors.push({ field: `roles[${j}].slots`, message: 'must be a whole number ≥ 0' });
    }
  });
  const memberIds = new Set<string>();
  team.members.forEach((m, i) => {
    if (memberIds.has(m.id)) errors.push({ field: `members[${i}].id`, message: 'duplicate id' });
    memberIds.add(m.id);
  });
  if (!Number.isFinite(gapThreshold)) {
    errors.push({ field: 'gapThreshold', message: 'must be a finite number' });
  }
  return errors;
}
