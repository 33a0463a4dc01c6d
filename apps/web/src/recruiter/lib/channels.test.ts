import { describe, expect, it } from 'vitest';
import { channelSum, channelSumState } from './channels';

describe('channel mix live sum', () => {
  it('adds the three fields, empty and invalid as 0', () => {
    expect(channelSum({ phone: 60, digital: '30', inPerson: 10 })).toBe(100);
    expect(channelSum({ phone: '', digital: 'abc', inPerson: 5 })).toBe(5);
  });

  it('says how far from 100 the sum is', () => {
    expect(channelSumState(100)).toEqual({ state: 'ok', by: 0 });
    expect(channelSumState(90)).toEqual({ state: 'under', by: 10 });
    expect(channelSumState(112.5)).toEqual({ state: 'over', by: 12.5 });
    expect(channelSumState(33.33 + 33.33 + 33.34)).toEqual({ state: 'ok', by: 0 });
  });
});
