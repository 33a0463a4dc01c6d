import fc from 'fast-check';
import type { Answers, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import { missingAnswers, validateAnswers } from './answer-validation';

const text = { en: 'x' };
const q: QuestionnaireDefinition = {
  title: 'Validation fixture',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    { key: 'l1', type: 'likert', text, dimension: 'prospecting', keyed: 1 },
    { key: 'l2', type: 'likert', text, dimension: 'prospecting', keyed: -1, weight: 2 },
    {
      key: 'c1',
      type: 'choice',
      text,
      options: [
        { key: 'a', text, scores: { negotiation: 80 } },
        { key: 'b', text, scores: { negotiation: 20 } },
      ],
    },
    { key: 'k1', type: 'knockout', text, passingAnswer: true },
    // An item key that collides with an Object.prototype member must still be an ordinary key.
    { key: 'toString', type: 'knockout', text, passingAnswer: false },
  ],
};

describe('validateAnswers', () => {
  it('accepts an empty and a partial answer set (autosave)', () => {
    expect(validateAnswers(q, {})).toEqual([]);
    expect(validateAnswers(q, { l1: 3, c1: 'b' })).toEqual([]);
  });

  it('accepts a complete answer set including the scale ends and a failing knockout', () => {
    expect(validateAnswers(q, { l1: 1, l2: 5, c1: 'a', k1: false, toString: true })).toEqual([]);
  });

  it.each([null, undefined, [], [1, 2], 'l1', 3, true, new Date(0), new Map()])(
    'rejects %p as not a plain object',
    (answers) => {
      expect(validateAnswers(q, answers)).toEqual([
        { field: 'answers', message: expect.any(String) },
      ]);
    },
  );

  it('accepts a prototype-less object', () => {
    const answers = Object.assign(Object.create(null) as object, { l1: 2 });
    expect(validateAnswers(q, answers)).toEqual([]);
  });

  it('reports unknown item keys', () => {
    expect(validateAnswers(q, { l1: 3, nope: 1 })).toEqual([
      { field: 'answers.nope', message: 'unknown item' },
    ]);
  });

  it('treats prototype member names as unknown keys, not as items', () => {
    // JSON.parse makes "__proto__" an own property, as a request body would.
    const answers: unknown = JSON.parse('{"__proto__": 3, "constructor": 1, "hasOwnProperty": 2}');
    expect(validateAnswers(q, answers)).toEqual([
      { field: 'answers.__proto__', message: 'unknown item' },
      { field: 'answers.constructor', message: 'unknown item' },
      { field: 'answers.hasOwnProperty', message: 'unknown item' },
    ]);
  });

  it.each([0, 6, 2.5, -1, Number.NaN, Infinity, '3', true, null])(
    'rejects likert answer %p outside whole numbers 1–5',
    (value) => {
      expect(validateAnswers(q, { l2: value })).toEqual([
        { field: 'answers.l2', message: 'must be a whole number from 1 to 5' },
      ]);
    },
  );

  it.each(['c', 'A', '', 1, true, null, ['a']])('rejects choice answer %p', (value) => {
    expect(validateAnswers(q, { c1: value })).toEqual([
      { field: 'answers.c1', message: 'must be one of: a, b' },
    ]);
  });

  it.each(['yes', 'true', 1, 0, null])('rejects knockout answer %p', (value) => {
    expect(validateAnswers(q, { k1: value })).toEqual([
      { field: 'answers.k1', message: 'must be true or false' },
    ]);
  });

  it('reports every bad field at once, in the order given', () => {
    expect(validateAnswers(q, { k1: 'no', l1: 9, x: 1, c1: 'a' })).toEqual([
      { field: 'answers.k1', message: 'must be true or false' },
      { field: 'answers.l1', message: 'must be a whole number from 1 to 5' },
      { field: 'answers.x', message: 'unknown item' },
    ]);
  });

  it('uses the questionnaire scale (1–6)', () => {
    const six = { ...q, scale: { min: 1, max: 6 } };
    expect(validateAnswers(six, { l1: 6 })).toEqual([]);
    expect(validateAnswers(six, { l1: 7 })).toEqual([
      { field: 'answers.l1', message: 'must be a whole number from 1 to 6' },
    ]);
  });

  it('accepts any set of valid answers (property)', () => {
    const answerArb = fc.record(
      {
        l1: fc.integer({ min: 1, max: 5 }),
        l2: fc.integer({ min: 1, max: 5 }),
        c1: fc.constantFrom('a', 'b'),
        k1: fc.boolean(),
        toString: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(answerArb, (answers) => validateAnswers(q, answers).length === 0));
  });
});

describe('missingAnswers', () => {
  it('lists unanswered items in questionnaire order', () => {
    expect(missingAnswers(q, { c1: 'a', l1: 2 })).toEqual(['l2', 'k1', 'toString']);
  });

  it('counts false as an answer', () => {
    expect(missingAnswers(q, { l1: 1, l2: 1, c1: 'b', k1: false, toString: false })).toEqual([]);
  });

  it('lists everything for an empty answer set', () => {
    expect(missingAnswers(q, {})).toEqual(['l1', 'l2', 'c1', 'k1', 'toString']);
  });

  it('does not take an inherited member for an answer', () => {
    const answers: Answers = { k1: true };
    expect(missingAnswers(q, answers)).toContain('toString');
  });
});
