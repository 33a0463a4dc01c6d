import { solveCapacitatedAssignment } from '../assignment';
import { coachingFocus } from './coaching';
import { findGaps } from './gaps';
import { leadershipBench } from './leadership-bench';
import { findMoves } from './moves';
import { findOverlaps } from './overlaps';
import { meanForOutput, outputOrNull, roundForOutput, sumFits } from './round-for-output';
import type { TeamRoleMap, TeamRoleMapOptions, TeamSnapshot } from './team-map.types';
import { validateSnapshot } from './validate-snapshot';
import { buildTeamFitTable } from './team-fit-table';

export const DEFAULT_GAP_THRESHOLD = 60;

/** Share of the progress bar per phase; the solver dominates the run time. */
const PROGRESS_AFTER_MATRIX = 0.1;
const PROGRESS_AFTER_SOLVER = 0.9;

/**
 * The team-role map of PRODUCT.md "Methods → Team analysis": fit matrix, exactly optimal
 * assignment, gaps, overlaps, moves, coaching focus and leadership bench. Pure and
 * deterministic; all fits are computed unrounded and rounded to 2 decimals in the output.
 */
export function computeTeamRoleMap(
  snapshot: TeamSnapshot,
  options: TeamRoleMapOptions = {},
): TeamRoleMap {
  const gapThreshold = options.gapThreshold ?? DEFAULT_GAP_THRESHOLD;
  const onProgress = options.onProgress;
  validateSnapshot(snapshot, gapThreshold);
  const { members, roles } = snapshot;
  const r = roles.length;

  const { fit, lookup: fits } = buildTeamFitTable(snapshot);
  onProgress?.(PROGRESS_AFTER_MATRIX);

  const { roleOfMember, total } = solveCapacitatedAssignment({
    members: members.length,
    roles: r,
    fit,
    capacity: Int32Array.from(roles, (role) => role.slots),
    onProgress: onProgress
      ? (f) =>
          onProgress(PROGRESS_AFTER_MATRIX + (PROGRESS_AFTER_SOLVER - PROGRESS_AFTER_MATRIX) * f)
      : undefined,
  });

  const currentFits = members.map((member, i) =>
    member.currentJobRoleId === null ? null : fits.fitTo(i, member.currentJobRoleId),
  );
  const current = sumFits(currentFits);
  const assignedCount = roleOfMember.reduce((n, j) => (j >= 0 ? n + 1 : n), 0);

  const result: TeamRoleMap = {
    members: members.map((m, i) => ({
      id: m.id,
      name: m.name,
      currentJobRoleId: m.currentJobRoleId,
      currentFit: outputOrNull(currentFits[i]),
    })),
    roles: roles.map((role) => ({
      id: role.id,
      title: role.title,
      slots: role.slots,
      isLeadership: role.isLeadership,
    })),
    fitMatrix: members.map((_, i) => Array.from(fit.subarray(i * r, (i + 1) * r), roundForOutput)),
    assignment: members.flatMap((member, i) => {
      const j = roleOfMember[i];
      return j < 0
        ? []
        : [{ memberId: member.id, jobRoleId: roles[j].id, fit: roundForOutput(fit[i * r + j]) }];
    }),
    totalFitCurrent: roundForOutput(current.total),
    totalFitOptimal: roundForOutput(total),
    meanFitCurrent: meanForOutput(current.total, current.count),
    meanFitOptimal: meanForOutput(total, assignedCount),
    gaps: findGaps(snapshot, fit, roleOfMember, gapThreshold),
    overlaps: findOverlaps(snapshot, fit),
    moves: findMoves(snapshot, roleOfMember, fits),
    coaching: coachingFocus(snapshot, roleOfMember),
    leadership: leadershipBench(snapshot, fits),
  };
  onProgress?.(1);
  return result;
}
