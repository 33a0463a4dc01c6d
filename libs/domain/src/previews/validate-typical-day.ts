import type { FieldError } from '../errors';
import { parseClockTime } from './clock-time';
import { isNonBlankString, isOneOf, isRecord } from './field-checks';
import { PREVIEW_CHANNELS } from './preview.types';

interface CheckedBlock {
  index: number;
  start: number;
  end: number;
  startText: string;
  endText: string;
}

/**
 * Time blocks must be valid, in order and non-overlapping; touching (10:00–11:00 then
 * 11:00–12:00) is fine. Each block is compared with the last block whose own times are valid,
 * so one typo does not hide an ordering problem further down the day.
 */
export function validateTypicalDay(typicalDay: unknown): FieldError[] {
  if (!Array.isArray(typicalDay) || typicalDay.length === 0) {
    return [{ field: 'typicalDay', message: 'add at least one block to the typical day' }];
  }
  const errors: FieldError[] = [];
  let previous: CheckedBlock | null = null;

  typicalDay.forEach((block: unknown, index) => {
    const path = `typicalDay[${index}]`;
    if (!isRecord(block)) {
      errors.push({
        field: path,
        message: 'must be an object with start, end, activity, channel and description',
      });
      return;
    }
    const start = parseClockTime(block.start);
    const end = parseClockTime(block.end);
    if (start === null) {
      errors.push({ field: `${path}.start`, message: timeMessage(block.start) });
    }
    if (end === null) {
      errors.push({ field: `${path}.end`, message: timeMessage(block.end) });
    }
    if (!isNonBlankString(block.activity)) {
      errors.push({ field: `${path}.activity`, message: 'activity is required' });
    }
    if (!isOneOf(block.channel, PREVIEW_CHANNELS)) {
      errors.push({
        field: `${path}.channel`,
        message: `channel must be one of ${PREVIEW_CHANNELS.join(', ')}`,
      });
    }
    if (!isNonBlankString(block.description)) {
      errors.push({ field: `${path}.description`, message: 'a line of description is required' });
    }
    if (start === null || end === null) return;

    const startText = block.start as string;
    const endText = block.end as string;
    if (start >= end) {
      errors.push({
        field: `${path}.end`,
        message: `end (${endText}) must be after start (${startText})`,
      });
      return;
    }
    if (previous) {
      const span = `${previous.startText}–${previous.endText}`;
      if (start < previous.start) {
        errors.push({
          field: `${path}.start`,
          message: `starts at ${startText}, before the previous block (${span}); list blocks in time order`,
        });
      } else if (start < previous.end) {
        errors.push({
          field: `${path}.start`,
          message: `starts at ${startText}, overlapping the previous block (${span})`,
        });
      }
    }
    previous = { index, start, end, startText, endText };
  });
  return errors;
}

function timeMessage(value: unknown): string {
  const shown = typeof value === 'string' ? `"${value}"` : 'missing';
  return `time ${shown} is not a valid 24-hour HH:MM time (00:00–23:59)`;
}
