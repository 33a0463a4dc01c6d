import { DomainValidationError, type FieldError } from '../errors';
import type { ProfileTarget } from '../fit/fit';
import type { TeamSnapshot } from './team-map.types';

/**
 * Rules the analysis relies on: unique ids, whole non-negative slot counts, finite scores and
 * targets, positive weights. The API validates these earlier; checking again here turns a
 * bad snapshot into a clear error instead of NaN fits deep inside the solver.
 */
export function validateSnapshot(snapshot: TeamSnapshot, gapThreshold: number): void {
  const errors: FieldError[] = [];
  const memberIds = new Set<string>();
  snapshot.members.forEach((m, i) => {
    if (memberIds.has(m.id)) errors.push({ field: `members[${i}].id`, message: 'duplicate id' });
    memberIds.add(m.id);
    for (const [key, score] of Object.entries(m.profile)) {
      if (!Number.isFinite(score)) {
        errors.push({ field: `members[${i}].profile.${key}`, message: 'must be a finite number' });
      }
    }
  });
  const roleIds = new Set<string>();
  snapshot.roles.forEach((r, j) => {
    if (roleIds.has(r.id)) errors.push({ field: `roles[${j}].id`, message: 'duplicate id' });
    roleIds.add(r.id);
    if (!Number.isInteger(r.slots) || r.slots < 0) {
      errors.push({ field: `roles[${j}].slots`, message: 'must be a whole number ≥ 0' });
    }
    errors.push(...profileErrors(r.profile, `roles[${j}].profile`));
  });
  snapshot.otherRoles.forEach((r, j) => {
    errors.push(...profileErrors(r.profile, `otherRoles[${j}].profile`));
  });
  if (!Number.isFinite(gapThreshold)) {
    errors.push({ field: 'gapThreshold', message: 'must be a finite number' });
  }
  if (errors.length > 0) throw new DomainValidationError('Invalid team snapshot', errors);
}

function profileErrors(profile: readonly ProfileTarget[], field: string): FieldError[] {
  const errors: FieldError[] = [];
  profile.forEach((p, k) => {
    if (!Number.isFinite(p.target)) {
      errors.push({ field: `${field}[${k}].target`, message: 'must be a finite number' });
    }
    if (!(Number.isFinite(p.weight) && p.weight > 0)) {
      errors.push({ field: `${field}[${k}].weight`, message: 'must be a number > 0' });
    }
  });
  return errors;
}
