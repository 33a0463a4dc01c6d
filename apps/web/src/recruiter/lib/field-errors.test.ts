import { describe, expect, it } from 'vitest';
import { fieldErrorMap, fieldId, normalisePath } from './field-errors';

describe('field-error mapping', () => {
  it('keys API errors by the form path, whatever the index notation', () => {
    expect(
      fieldErrorMap([
        { field: 'typicalDay[2].end', message: 'must be after start' },
        { field: 'hardParts', message: 'at least one' },
        { field: 'typicalDay.2.end', message: 'second message, ignored' },
      ]),
    ).toEqual({ 'typicalDay[2].end': 'must be after start', hardParts: 'at least one' });
  });

  it('drops a wrapping prefix', () => {
    expect(normalisePath('content.typicalDay.0.start', 'content')).toBe('typicalDay[0].start');
  });

  it('gives each path a stable DOM id', () => {
    expect(fieldId('typicalDay[2].end')).toBe('f-typicalDay-2-end');
    expect(fieldId('profile[0].target')).toBe('f-profile-0-target');
    expect(fieldId('headline')).toBe('f-headline');
  });
});
