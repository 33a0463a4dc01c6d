import { describe, expect, it } from 'vitest';
import {
  buildSteps,
  countAnswered,
  estimateMinutes,
  firstIncompleteStep,
  scalePoints,
  stepOfItem,
  type CandidateItem,
} from './model';

const likert = (key: string): CandidateItem => ({ key, type: 'likert', text: key });
const knockout = (key: string): CandidateItem => ({ key, type: 'knockout', text: key });
const choice = (key: string): CandidateItem => ({
  key,
  type: 'choice',
  text: key,
  options: [{ key: 'a', text: 'A' }],
});

// The questionnaire's own order mixes kinds on purpose.
const items = [
  likert('l1'),
  choice('c1'),
  knockout('k1'),
  ...['l2', 'l3', 'l4', 'l5', 'l6', 'l7'].map(likert),
  knockout('k2'),
  choice('c2'),
];

describe('questionnaire steps', () => {
  it('puts knock-outs first, then likert in sections of five, then one situation per screen', () => {
    const steps = buildSteps(items);
    expect(steps.map((s) => [s.kind, s.items.map((i) => i.key)])).toEqual([
      ['knockouts', ['k1', 'k2']],
      ['likert', ['l1', 'l2', 'l3', 'l4', 'l5']],
      ['likert', ['l6', 'l7']],
      ['choice', ['c1']],
      ['choice', ['c2']],
    ]);
    expect(steps[2]).toMatchObject({ section: 2, sections: 2 });
  });

  it('has no knock-out screen when there are none', () => {
    expect(buildSteps([likert('a')]).map((s) => s.kind)).toEqual(['likert']);
  });

  it('resumes at the first screen with a gap, or the review when all is answered', () => {
    const steps = buildSteps(items);
    expect(firstIncompleteStep(steps, {})).toBe(0);
    expect(firstIncompleteStep(steps, { k1: true, k2: false, l1: 3 })).toBe(1);
    const all = Object.fromEntries(items.map((i) => [i.key, 1]));
    expect(firstIncompleteStep(steps, all)).toBe(steps.length);
    expect(firstIncompleteStep(steps, { ...all, c2: undefined as never })).toBe(4);
  });

  it('finds the screen of an item and counts answers (false is an answer)', () => {
    const steps = buildSteps(items);
    expect(stepOfItem(steps, 'l6')).toBe(2);
    expect(stepOfItem(steps, 'k2')).toBe(0);
    expect(countAnswered(items, { k1: false, l1: 1, nope: 2 })).toBe(2);
  });

  it('estimates minutes: 8 s per statement or requirement, 30 s per situation, rounded up', () => {
    // 7 likert + 2 knockouts = 72 s, 2 choices = 60 s → 132 s → 3 minutes.
    expect(estimateMinutes(items)).toBe(3);
    expect(estimateMinutes([likert('a')])).toBe(1);
  });

  it('lists the scale points', () => {
    expect(scalePoints({ min: 1, max: 5 })).toEqual([1, 2, 3, 4, 5]);
    expect(scalePoints({ min: 0, max: 6 })).toHaveLength(7);
  });
});
