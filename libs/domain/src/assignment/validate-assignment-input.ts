import type { CapacitatedAssignmentInput } from './assignment.types';

/**
 * Shape checks for the solver input. These are programming errors (the caller builds the
 * arrays), so they throw RangeError rather than a user-facing validation error.
 */
export function validateAssignmentInput(input: CapacitatedAssignmentInput): void {
  const { members, roles, fit, capacity } = input;
  if (!Number.isInteger(members) || members < 0) {
    throw new RangeError(`members must be a non-negative integer, got ${members}`);
  }
  if (!Number.isInteger(roles) || roles < 0) {
    throw new RangeError(`roles must be a non-negative integer, got ${roles}`);
  }
  if (fit.length !== members * roles) {
    throw new RangeError(`fit has ${fit.length} cells, expected ${members} × ${roles}`);
  }
  if (capacity.length !== roles) {
    throw new RangeError(`capacity has ${capacity.length} entries, expected ${roles}`);
  }
  for (let j = 0; j < roles; j++) {
    if (capacity[j] < 0) throw new RangeError(`capacity[${j}] is negative`);
  }
  for (let k = 0; k < fit.length; k++) {
    // A NaN or infinite fit would silently break the shortest-path potentials.
    if (!Number.isFinite(fit[k])) throw new RangeError(`fit[${k}] is not finite`);
  }
}
