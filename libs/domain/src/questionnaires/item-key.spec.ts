import { isValidItemKey } from './item-key';

describe('isValidItemKey', () => {
  it.each(['a', '1', 'prospecting-1', 'situation-price-pressure', 'a'.repeat(60)])(
    'accepts %p',
    (key) => {
      expect(isValidItemKey(key)).toBe(true);
    },
  );

  it.each(['', 'A', 'a_b', 'a--b', '-a', 'a-', 'a b', 'æ', 'a'.repeat(61), 1, null])(
    'rejects %p',
    (key) => {
      expect(isValidItemKey(key)).toBe(false);
    },
  );
});
