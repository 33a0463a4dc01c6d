import { describe, expect, it } from 'vitest';
import { allocationSum, contentOf, newBlock, type PreviewDraft } from './preview-draft';

const draft: PreviewDraft = {
  headline: 'h',
  summary: 's',
  typicalDay: [],
  timeAllocation: [
    { activity: 'Calls', percent: '60' },
    { activity: 'Meetings', percent: 25.5 },
    { activity: 'Admin', percent: '14,5' },
  ],
  culture: [],
  demands: [],
  hardParts: [],
  location: 'Oslo',
  remote: 'hybrid',
  locale: 'nb',
};

describe('preview draft', () => {
  it('sums the time allocation as typed, decimal comma included', () => {
    expect(allocationSum(draft)).toBe(100);
  });

  it('sends percents as numbers, an empty one as NaN so the API names that row', () => {
    const content = contentOf({ ...draft, timeAllocation: [{ activity: 'x', percent: ' ' }] });
    expect(content.timeAllocation?.[0]?.percent).toBeNaN();
    expect(contentOf(draft).timeAllocation?.map((r) => r.percent)).toEqual([60, 25.5, 14.5]);
  });

  it('starts a new block where the last one ends, one hour long', () => {
    expect(
      newBlock({ start: '08:00', end: '09:30', activity: 'a', channel: 'phone', description: 'd' }),
    ).toMatchObject({ start: '09:30', end: '10:30' });
    expect(newBlock(undefined)).toMatchObject({ start: '09:00', end: '10:00' });
  });
});
