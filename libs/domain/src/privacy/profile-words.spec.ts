import { describeProfile, scoreBand } from './profile-words';
import { decisionRefusal } from './stages';

describe('candidate profile in words', () => {
  it('bands scores at 35, 60 and 80', () => {
    expect([0, 34.9, 35, 59.99, 60, 79.9, 80, 100].map(scoreBand)).toEqual([
      'low',
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
      'very-high',
      'very-high',
    ]);
  });

  it('describes measured dimensions in model order, with nothing but the own score', () => {
    const model = [
      { key: 'b', name: { en: 'B' }, description: { en: 'About B' } },
      { key: 'a', name: { en: 'A', nb: 'A-nb' }, description: { en: 'About A' } },
      { key: 'unmeasured', name: { en: 'U' }, description: { en: 'About U' } },
    ];
    const words = describeProfile({ a: 81.6, b: 12.4 }, model);
    expect(words.map((w) => [w.dimension, w.score, w.band])).toEqual([
      ['b', 12, 'low'],
      ['a', 82, 'very-high'],
    ]);
    expect(Object.keys(words[0]).sort()).toEqual(
      [
        'band',
        'bandLabel',
        'description',
        'dimension',
        'name',
        'roleAsksMore',
        'score',
        'words',
      ].sort(),
    );
    expect(words[1].words.nb).toMatch(/sterkeste/);
    expect(words.map((w) => w.roleAsksMore)).toEqual([false, false]);
  });

  it('says where the role asks more: 10 points or more below its target, or under a minimum', () => {
    const model = ['a', 'b', 'c', 'd'].map((key) => ({
      key,
      name: { en: key },
      description: { en: key },
    }));
    const words = describeProfile({ a: 70.5, b: 69.5, c: 90, d: 55 }, model, {
      targets: [
        { dimension: 'a', target: 80 },
        { dimension: 'b', target: 80 },
        { dimension: 'c', target: 60 },
      ],
      minimumsMissed: ['d'],
    });
    expect(words.map((w) => [w.dimension, w.roleAsksMore])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
      ['d', true],
    ]);
  });
});

describe('staff decisions', () => {
  it('refuses a decision after withdrawal and a repeat of the current stage', () => {
    expect(decisionRefusal('withdrawn', 'hired')).toMatch(/withdrawn/);
    expect(decisionRefusal('shortlisted', 'shortlisted')).toMatch(/already shortlisted/);
    expect(decisionRefusal('assessed', 'rejected')).toBeNull();
    expect(decisionRefusal('hired', 'rejected')).toBeNull();
  });
});
