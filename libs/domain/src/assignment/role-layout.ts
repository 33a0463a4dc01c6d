/**
 * The solver works on a compacted set of "local" roles: roles without capacity are dropped
 * (no member can ever sit there), capacities are clamped to the member count (extra slots can
 * never be used), and when the slots cannot hold everybody an extra "unassigned" pool takes
 * the remainder. With that pool every member is always placed, which turns "exactly
 * min(members, Σ capacity) assignments" into "every member placed somewhere".
 */
export interface RoleLayout {
  /** Original role index per local role; −1 marks the unassigned pool (always last). */
  roleIndex: Int32Array;
  /** Slots per local role, every one ≥ 1. */
  slots: Int32Array;
}

/**
 * Fit of a member to the unassigned pool. Any constant works: the pool always ends up holding
 * exactly `members − Σ capacity` members, so the constant adds the same amount to every
 * feasible solution and cannot change which one is optimal.
 */
export const UNASSIGNED_FIT = 0;

export function layoutRoles(capacity: Int32Array, members: number): RoleLayout {
  const roleIndex: number[] = [];
  const slots: number[] = [];
  let total = 0;
  for (let j = 0; j < capacity.length; j++) {
    const usable = Math.min(capacity[j], members);
    if (usable <= 0) continue;
    roleIndex.push(j);
    slots.push(usable);
    total += usable;
  }
  if (total < members) {
    // Last, so that on equal cost a real role wins the tie-break (lowest index first).
    roleIndex.push(-1);
    slots.push(members - total);
  }
  return { roleIndex: Int32Array.from(roleIndex), slots: Int32Array.from(slots) };
}

/** Members × local roles gain matrix, gathered once so the hot loops read contiguous rows. */
export function gatherGains(
  fit: Float64Array,
  members: number,
  roles: number,
  layout: RoleLayout,
): Float64Array {
  const n = layout.roleIndex.length;
  const gain = new Float64Array(members * n);
  for (let i = 0; i < members; i++) {
    for (let a = 0; a < n; a++) {
      const j = layout.roleIndex[a];
      gain[i * n + a] = j < 0 ? UNASSIGNED_FIT : fit[i * roles + j];
    }
  }
  return gain;
}
