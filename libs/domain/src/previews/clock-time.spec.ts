import { parseClockTime } from './clock-time';

describe('parseClockTime', () => {
  it.each([
    ['00:00', 0],
    ['07:05', 425],
    ['23:59', 1439],
  ])('reads %s as %d minutes', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });

  it.each(['24:00', '7:5', '7:05', '07:5', '12:60', '-1:00', '12:00:00', ' 12:00', '', 1200, null])(
    'rejects %p',
    (value) => {
      expect(parseClockTime(value)).toBeNull();
    },
  );
});
