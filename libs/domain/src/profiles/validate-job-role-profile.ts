import { DomainValidationError, type FieldError } from '../errors';
import {
  CHANNEL_KEYS,
  MAX_DIMENSION_WEIGHT,
  type JobRoleProfileInput,
} from './job-role-profile.types';

/** Channel percentages may carry decimals; the tolerance only absorbs floating-point noise. */
const PERCENT_SUM_TOLERANCE = 1e-9;

/**
 * Checks a job role's target profile and channel mix against the organisation's competency
 * model. Every problem is reported with its field path so the form can point at it.
 */
export function validateJobRoleProfile(
  input: JobRoleProfileInput,
  knownDimensionKeys: ReadonlySet<string>,
): FieldError[] {
  const raw: unknown = input;
  if (!isRecord(raw)) {
    return [{ field: 'profile', message: 'a target profile and a channel mix are required' }];
  }
  return [...validateProfile(raw.profile, knownDimensionKeys), ...validateChannels(raw.channels)];
}

/** For services: throws the 422-mapped error when the profile or channel mix is invalid. */
export function assertValidJobRoleProfile(
  input: JobRoleProfileInput,
  knownDimensionKeys: ReadonlySet<string>,
): void {
  const errors = validateJobRoleProfile(input, knownDimensionKeys);
  if (errors.length > 0) {
    throw new DomainValidationError('The job role profile is invalid', errors);
  }
}

function validateProfile(profile: unknown, knownDimensionKeys: ReadonlySet<string>): FieldError[] {
  if (!Array.isArray(profile) || profile.length === 0) {
    return [{ field: 'profile', message: 'the target profile needs at least one dimension' }];
  }
  const errors: FieldError[] = [];
  const seen = new Set<string>();

  profile.forEach((entry: unknown, index) => {
    const path = `profile[${index}]`;
    if (!isRecord(entry)) {
      errors.push({
        field: path,
        message: 'must be an object with dimension, target, weight and direction',
      });
      return;
    }
    const { dimension, target, weight, direction, minimum } = entry;
    if (typeof dimension !== 'string' || dimension.length === 0) {
      errors.push({ field: `${path}.dimension`, message: 'dimension is required' });
    } else if (!knownDimensionKeys.has(dimension)) {
      errors.push({ field: `${path}.dimension`, message: `unknown dimension "${dimension}"` });
    } else if (seen.has(dimension)) {
      errors.push({
        field: `${path}.dimension`,
        message: `dimension "${dimension}" appears more than once`,
      });
    }
    if (typeof dimension === 'string') seen.add(dimension);

    if (!isFiniteIn(target, 0, 100)) {
      errors.push({ field: `${path}.target`, message: 'target must be a number from 0 to 100' });
    }
    if (!(isFiniteIn(weight, 0, MAX_DIMENSION_WEIGHT) && weight > 0)) {
      errors.push({
        field: `${path}.weight`,
        message: `weight must be a number greater than 0 and at most ${MAX_DIMENSION_WEIGHT}`,
      });
    }
    if (direction !== 'atLeast' && direction !== 'ideal') {
      errors.push({ field: `${path}.direction`, message: 'direction must be atLeast or ideal' });
    }
    // null is how a cleared hurdle comes back from the database; it means "no minimum".
    if (minimum !== undefined && minimum !== null && !isFiniteIn(minimum, 0, 100)) {
      errors.push({ field: `${path}.minimum`, message: 'minimum must be a number from 0 to 100' });
    }
  });
  return errors;
}

function validateChannels(channels: unknown): FieldError[] {
  if (!isRecord(channels)) {
    return [{ field: 'channels', message: 'a channel mix (phone, digital, inPerson) is required' }];
  }
  const errors: FieldError[] = [];
  let sum = 0;
  for (const key of CHANNEL_KEYS) {
    const value = channels[key];
    if (!isFiniteIn(value, 0, 100)) {
      errors.push({ field: `channels.${key}`, message: `${key} must be a number from 0 to 100` });
    } else {
      sum += value;
    }
  }
  // Only meaningful once each share is valid; otherwise the sum error is just noise.
  if (errors.length === 0 && Math.abs(sum - 100) > PERCENT_SUM_TOLERANCE) {
    errors.push({ field: 'channels', message: `channels sum to ${formatSum(sum)}, must be 100` });
  }
  return errors;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function formatSum(sum: number): string {
  const rounded = Math.round(sum * 1e6) / 1e6;
  return rounded === 100 ? String(sum) : String(rounded);
}
