import { DomainValidationError, type FieldError } from '../errors';
import type { TeamSnapshot } from './team-map.types';

/** Rules the analysis relies on: unique ids, whole non-negative slot counts. */
export function validateSnapshot(snapshot: TeamSnapshot, gapThreshold: number): void {
  const errors: FieldError[] = [];
  const memberIds = new Set<string>();
  snapshot.members.forEach((m, i) => {
    if (memberIds.has(m.id)) errors.push({ field: `members[${i}].id`, message: 'duplicate id' });
    memberIds.add(m.id);
  });
  const roleIds = new Set<string>();
  snapshot.roles.forEach((r, j) => {
    if (roleIds.has(r.id)) errors.push({ field: `roles[${j}].id`, message: 'duplicate id' });
    roleIds.add(r.id);
    if (!Number.isInteger(r.slots) || r.slots < 0) {
      errors.push({ field: `roles[${j}].slots`, message: 'must be a whole number ≥ 0' });
    }
  });
  if (!Number.isFinite(gapThreshold)) {
    errors.push({ field: 'gapThreshold', message: 'must be a finite number' });
  }
  if (errors.length > 0) throw new DomainValidationError('Invalid team snapshot', errors);
}
