import { selfSelectionRate } from './self-selection-rate';

describe('selfSelectionRate', () => {
  it('is the share of reacting candidates who opted out, ignoring silent views', () => {
    expect(selfSelectionRate({ views: 1000, interested: 30, notForMe: 10 })).toBe(0.25);
    expect(selfSelectionRate({ views: 40, interested: 30, notForMe: 10 })).toBe(0.25);
  });

  it('covers the whole 0–1 range', () => {
    expect(selfSelectionRate({ views: 5, interested: 5, notForMe: 0 })).toBe(0);
    expect(selfSelectionRate({ views: 5, interested: 0, notForMe: 5 })).toBe(1);
  });

  it('is null before anyone has reacted', () => {
    expect(selfSelectionRate({ views: 0, interested: 0, notForMe: 0 })).toBeNull();
    expect(selfSelectionRate({ views: 250, interested: 0, notForMe: 0 })).toBeNull();
  });

  it.each([
    { views: 1, interested: -1, notForMe: 2 },
    { views: 1, interested: 1.5, notForMe: 2 },
    { views: Number.NaN, interested: 1, notForMe: 2 },
  ])('rejects impossible counts %p', (counts) => {
    expect(() => selfSelectionRate(counts)).toThrow(RangeError);
  });
});
