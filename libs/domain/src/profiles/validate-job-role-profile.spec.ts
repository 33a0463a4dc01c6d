import { DomainValidationError } from '../errors';
import type { JobRoleProfileInput } from './job-role-profile.types';
import { assertValidJobRoleProfile, validateJobRoleProfile } from './validate-job-role-profile';

const known = new Set(['prospecting', 'negotiation-closing', 'resilience']);

function validInput(): JobRoleProfileInput {
  return {
    profile: [
      { dimension: 'prospecting', target: 80, weight: 2, direction: 'atLeast', minimum: 50 },
      { dimension: 'negotiation-closing', target: 60, weight: 1, direction: 'ideal' },
      { dimension: 'resilience', target: 70, weight: 1.5, direction: 'atLeast', minimum: null },
    ],
    channels: { phone: 60, digital: 30, inPerson: 10 },
  };
}

function withEntry(index: number, patch: Record<string, unknown>): JobRoleProfileInput {
  const input = validInput();
  input.profile[index] = { ...input.profile[index], ...patch };
  return input;
}

function fields(input: JobRoleProfileInput): string[] {
  return validateJobRoleProfile(input, known).map((e) => e.field);
}

describe('validateJobRoleProfile', () => {
  it('accepts a valid profile and channel mix', () => {
    expect(validateJobRoleProfile(validInput(), known)).toEqual([]);
  });

  it('requires at least one dimension', () => {
    expect(fields({ ...validInput(), profile: [] })).toEqual(['profile']);
  });

  it('names an unknown dimension', () => {
    expect(validateJobRoleProfile(withEntry(1, { dimension: 'x' }), known)).toEqual([
      { field: 'profile[1].dimension', message: 'unknown dimension "x"' },
    ]);
  });

  it('rejects a dimension listed twice, on the second occurrence', () => {
    const input = withEntry(2, { dimension: 'prospecting' });
    expect(validateJobRoleProfile(input, known)).toEqual([
      { field: 'profile[2].dimension', message: 'dimension "prospecting" appears more than once' },
    ]);
  });

  it.each([-1, 100.5, Number.NaN, '80'])('rejects target %p', (target) => {
    expect(fields(withEntry(0, { target }))).toEqual(['profile[0].target']);
  });

  it('accepts the target bounds 0 and 100', () => {
    expect(fields(withEntry(0, { target: 0 }))).toEqual([]);
    expect(fields(withEntry(0, { target: 100 }))).toEqual([]);
  });

  it.each([0, -1, Number.POSITIVE_INFINITY, 101, undefined])('rejects weight %p', (weight) => {
    expect(fields(withEntry(1, { weight }))).toEqual(['profile[1].weight']);
  });

  it('accepts a small fractional weight and the maximum weight', () => {
    expect(fields(withEntry(1, { weight: 0.01 }))).toEqual([]);
    expect(fields(withEntry(1, { weight: 100 }))).toEqual([]);
  });

  it('rejects an unknown direction', () => {
    expect(fields(withEntry(0, { direction: 'atMost' }))).toEqual(['profile[0].direction']);
  });

  it.each([-0.1, 101, '50'])('rejects minimum %p', (minimum) => {
    expect(fields(withEntry(0, { minimum }))).toEqual(['profile[0].minimum']);
  });

  it('rejects a non-object entry', () => {
    const input = validInput();
    (input.profile as unknown[])[1] = 'prospecting';
    expect(fields(input)).toEqual(['profile[1]']);
  });

  it('says what the channels actually sum to', () => {
    const input = { ...validInput(), channels: { phone: 50, digital: 30, inPerson: 10 } };
    expect(validateJobRoleProfile(input, known)).toEqual([
      { field: 'channels', message: 'channels sum to 90, must be 100' },
    ]);
  });

  it('accepts decimal channel shares that sum to 100', () => {
    const input = { ...validInput(), channels: { phone: 33.3, digital: 33.3, inPerson: 33.4 } };
    expect(validateJobRoleProfile(input, known)).toEqual([]);
  });

  it('points at a bad channel share without a second sum error', () => {
    const input = { ...validInput(), channels: { phone: 120, digital: -20, inPerson: 0 } };
    expect(fields(input)).toEqual(['channels.phone', 'channels.digital']);
  });

  it('requires the channel mix', () => {
    const input = { profile: validInput().profile } as JobRoleProfileInput;
    expect(fields(input)).toEqual(['channels']);
  });

  it('reports problems across entries together', () => {
    const input = validInput();
    input.profile.push({ dimension: 'x', target: 200, weight: 0, direction: 'ideal' });
    expect(fields(input)).toEqual([
      'profile[3].dimension',
      'profile[3].target',
      'profile[3].weight',
    ]);
  });
});

describe('assertValidJobRoleProfile', () => {
  it('throws a DomainValidationError with the field errors', () => {
    const input = withEntry(0, { target: 101 });
    expect(() => assertValidJobRoleProfile(input, known)).toThrow(DomainValidationError);
    expect(() => assertValidJobRoleProfile(validInput(), known)).not.toThrow();
  });
});
