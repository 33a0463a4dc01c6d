import type { Answers, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import {
  computeQuestionnaireReliability,
  QuestionnaireReliabilityAccumulator,
} from './questionnaire-reliability';

const def: QuestionnaireDefinition = {
  title: 'Mixed',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    { key: 'ko', type: 'knockout', text: { en: 'Licence?' }, passingAnswer: true },
    { key: 'a1', type: 'likert', text: { en: 'a1' }, dimension: 'a', keyed: 1 },
    { key: 'b1', type: 'likert', text: { en: 'b1' }, dimension: 'b', keyed: -1 },
    { key: 'a2', type: 'likert', text: { en: 'a2' }, dimension: 'a', keyed: -1, weight: 2 },
    {
      key: 'c',
      type: 'choice',
      text: { en: 'c' },
      options: [
        { key: 'x', text: { en: 'x' }, scores: { a: 10 } },
        { key: 'y', text: { en: 'y' }, scores: { a: 90 } },
      ],
    },
    { key: 'b2', type: 'likert', text: { en: 'b2' }, dimension: 'b', keyed: 1 },
    { key: 'a3', type: 'likert', text: { en: 'a3' }, dimension: 'a', keyed: 1 },
    { key: 'b3', type: 'likert', text: { en: 'b3' }, dimension: 'b', keyed: 1 },
  ],
};
const LIKERT = ['a1', 'b1', 'a2', 'b2', 'a3', 'b3'];
const KEYED: Record<string, 1 | -1> = { a1: 1, b1: -1, a2: -1, b2: 1, a3: 1, b3: 1 };

/** Deterministic pseudo-random answers (no Math.random: the test must be reproducible). */
function answersFor(seed: number): Answers {
  let x = seed * 7919 + 17;
  const next = () => (x = (x * 48271) % 2147483647) % 5;
  const out: Answers = { ko: true, c: seed % 2 ? 'x' : 'y' };
  for (const key of LIKERT) out[key] = 1 + next();
  return out;
}

function keyedRow(answers: Answers): number[] {
  return LIKERT.map((k) => (KEYED[k] === 1 ? (answers[k] as number) : 6 - (answers[k] as number)));
}

describe('QuestionnaireReliabilityAccumulator.addStoredRow (rows as stored at submit)', () => {
  it('gives exactly what the domain computes from the full answers', () => {
    const all = Array.from({ length: 200 }, (_, i) => answersFor(i + 1));
    const streamed = new QuestionnaireReliabilityAccumulator(def);
    all.forEach((a) => expect(streamed.addStoredRow(keyedRow(a))).toBe(true));
    const expected = computeQuestionnaireReliability(def, all);
    const actual = streamed.result();
    expect(actual.map((d) => d.dimension)).toEqual(['a', 'b']);
    expect(actual.map((d) => d.items.map((i) => i.key))).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ]);
    expect(actual).toEqual(expected);
  });

  it('skips rows that are missing, short or not numbers', () => {
    const r = new QuestionnaireReliabilityAccumulator(def);
    expect(r.width).toBe(6);
    expect(r.addStoredRow(null)).toBe(false);
    expect(r.addStoredRow([1, 2, 3])).toBe(false);
    expect(r.addStoredRow([1, 2, 3, 4, 5, Number.NaN])).toBe(false);
    expect(r.addStoredRow([1, 2, 3, 4, 5, 5])).toBe(true);
    expect(r.skipped).toBe(3);
    expect(r.result()[0].n).toBe(1);
  });
});
