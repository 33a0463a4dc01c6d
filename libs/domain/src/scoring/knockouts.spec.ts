import type { QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import { knockoutsFailed } from './knockouts';

const text = { en: 'x' };
const q: QuestionnaireDefinition = {
  title: 'Knockouts',
  locales: ['en'],
  scale: { min: 1, max: 5 },
  items: [
    { key: 'licence', type: 'knockout', text, passingAnswer: true },
    { key: 'l1', type: 'likert', text, dimension: 'd', keyed: 1 },
    { key: 'criminalRecord', type: 'knockout', text, passingAnswer: false },
    { key: 'travel', type: 'knockout', text, passingAnswer: true },
  ],
};

describe('knockoutsFailed', () => {
  it('passes when every knockout has its passing answer (including a passing "false")', () => {
    expect(knockoutsFailed(q, { licence: true, criminalRecord: false, travel: true })).toEqual([]);
  });

  it('lists answers that differ from the passing answer, in questionnaire order', () => {
    expect(knockoutsFailed(q, { travel: false, licence: true, criminalRecord: true })).toEqual([
      'criminalRecord',
      'travel',
    ]);
  });

  it('counts an unanswered knockout as failed', () => {
    expect(knockoutsFailed(q, { licence: true, l1: 5 })).toEqual(['criminalRecord', 'travel']);
    expect(knockoutsFailed(q, {})).toEqual(['licence', 'criminalRecord', 'travel']);
  });

  it('has nothing to fail without knockout items', () => {
    const none = { ...q, items: q.items.filter((i) => i.type !== 'knockout') };
    expect(knockoutsFailed(none, {})).toEqual([]);
  });
});
