import { isValidDimensionKey } from './dimension-key';

describe('isValidDimensionKey', () => {
  it.each(['ab', 'prospecting', 'negotiation-closing', 'b2b-sales', 'a'.repeat(40)])(
    'accepts %p',
    (key) => {
      expect(isValidDimensionKey(key)).toBe(true);
    },
  );

  it.each([
    ['too short', 'a'],
    ['too long', 'a'.repeat(41)],
    ['uppercase', 'Prospecting'],
    ['starts with a digit', '2nd-line'],
    ['starts with a dash', '-closing'],
    ['ends with a dash', 'closing-'],
    ['doubled dash', 'account--care'],
    ['underscore', 'account_care'],
    ['space', 'account care'],
    ['Norwegian letter', 'kundepleie-ø'],
    ['empty', ''],
    ['not a string', 42],
  ])('rejects a key that is %s', (_reason, key) => {
    expect(isValidDimensionKey(key)).toBe(false);
  });
});
