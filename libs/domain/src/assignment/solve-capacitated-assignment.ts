import type { CapacitatedAssignmentInput, CapacitatedAssignmentResult } from './assignment.types';
import { RoleGraph } from './role-graph';
import { gatherGains, layoutRoles } from './role-layout';
import { validateAssignmentInput } from './validate-assignment-input';

/** Progress is reported about every 1% of members, so callers can update a job cheaply. */
const PROGRESS_STEPS = 100;

/**
 * Exactly optimal capacitated assignment: each member to at most one slot, role j to at most
 * `capacity[j]` members, exactly min(members, Σ capacity) assignments, maximising Σ fit.
 * The optimum equals a rectangular linear-sum assignment on the slot-expanded matrix (see
 * `expandSlots` and `hungarianMaximize`), but the work per member is O(roles²) instead of
 * O(slots²): 5,000 members × 50 roles × 100 slots each is well under a second.
 *
 * Deterministic: members are inserted in index order and every tie is broken by the lowest
 * role or member index.
 */
export function solveCapacitatedAssignment(
  input: CapacitatedAssignmentInput,
): CapacitatedAssignmentResult {
  validateAssignmentInput(input);
  const { members, roles, fit, capacity, onProgress } = input;
  const roleOfMember = new Int32Array(members).fill(-1);
  if (members === 0) {
    onProgress?.(1);
    return { roleOfMember, total: 0 };
  }

  const layout = layoutRoles(capacity, members);
  const graph = new RoleGraph(gatherGains(fit, members, roles, layout), members, layout.slots);
  const step = Math.max(1, Math.ceil(members / PROGRESS_STEPS));
  for (let i = 0; i < members; i++) {
    graph.insert(i);
    if (onProgress && ((i + 1) % step === 0 || i + 1 === members)) onProgress((i + 1) / members);
  }

  let total = 0;
  for (let i = 0; i < members; i++) {
    const role = layout.roleIndex[graph.roleOfMember[i]];
    roleOfMember[i] = role;
    if (role >= 0) total += fit[i * roles + role];
  }
  return { roleOfMember, total };
}
