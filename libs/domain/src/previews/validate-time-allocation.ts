import type { FieldError } from '../errors';
import { isNonBlankString, isRecord } from './field-checks';
import { formatPercentSum, isPercent, sumsToHundred } from './percent-sum';

/**
 * Time allocation is a map activity → percent, stored as a list to keep the recruiter's order.
 * Decimals are allowed (three equal shares are 33.3/33.3/33.4); the sum must be 100. The sum is
 * only checked once every entry is valid, so one typo does not produce two errors.
 */
export function validateTimeAllocation(timeAllocation: unknown): FieldError[] {
  if (!Array.isArray(timeAllocation) || timeAllocation.length === 0) {
    return [
      {
        field: 'timeAllocation',
        message: 'add at least one activity with its share of the working time',
      },
    ];
  }
  const errors: FieldError[] = [];
  const seenActivities = new Set<string>();
  let sum = 0;
  let allPercentsValid = true;

  timeAllocation.forEach((entry: unknown, index) => {
    const path = `timeAllocation[${index}]`;
    if (!isRecord(entry)) {
      errors.push({ field: path, message: 'must be an object with activity and percent' });
      allPercentsValid = false;
      return;
    }
    if (!isNonBlankString(entry.activity)) {
      errors.push({ field: `${path}.activity`, message: 'activity is required' });
    } else {
      const normalized = entry.activity.trim().toLowerCase();
      if (seenActivities.has(normalized)) {
        errors.push({
          field: `${path}.activity`,
          message: `activity "${entry.activity.trim()}" is listed more than once; merge the entries`,
        });
      }
      seenActivities.add(normalized);
    }
    if (!isPercent(entry.percent)) {
      errors.push({ field: `${path}.percent`, message: 'percent must be a number from 0 to 100' });
      allPercentsValid = false;
    } else {
      sum += entry.percent;
    }
  });

  if (allPercentsValid && !sumsToHundred(sum)) {
    errors.push({
      field: 'timeAllocation',
      message: `time allocation sums to ${formatPercentSum(sum)}, must be 100`,
    });
  }
  return errors;
}
