import { DEFAULT_COMPETENCY_MODEL, DEFAULT_DIMENSION_KEYS } from './default-competency-model';
import { isValidDimensionKey } from './dimension-key';
import { DIMENSION_KINDS } from './dimension.types';

describe('DEFAULT_COMPETENCY_MODEL', () => {
  it('has between 8 and 10 dimensions with unique, valid keys', () => {
    expect(DEFAULT_COMPETENCY_MODEL.length).toBeGreaterThanOrEqual(8);
    expect(DEFAULT_COMPETENCY_MODEL.length).toBeLessThanOrEqual(10);
    const keys = DEFAULT_COMPETENCY_MODEL.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(isValidDimensionKey(key)).toBe(true);
  });

  it('lists exactly the keys of DEFAULT_DIMENSION_KEYS, in order', () => {
    expect(DEFAULT_COMPETENCY_MODEL.map((d) => d.key)).toEqual([...DEFAULT_DIMENSION_KEYS]);
  });

  it('covers the competencies the product brief names', () => {
    expect(DEFAULT_DIMENSION_KEYS).toEqual(
      expect.arrayContaining([
        'prospecting',
        'negotiation-closing',
        'account-care',
        'resilience',
        'pipeline-discipline',
        'digital-selling',
        'coaching-leading',
        'team-contribution',
        'learning-drive',
      ]),
    );
  });

  it.each(DEFAULT_COMPETENCY_MODEL.map((d) => [d.key, d] as const))(
    '%s has a name and a full-sentence description in English and Norwegian',
    (_key, dimension) => {
      for (const locale of ['en', 'nb'] as const) {
        expect(dimension.name[locale].trim().length).toBeGreaterThan(2);
        expect(dimension.description[locale].trim().length).toBeGreaterThan(40);
        expect(dimension.description[locale]).toMatch(/\.$/);
      }
      // A forgotten translation usually shows up as the English text copied into nb.
      expect(dimension.description.nb).not.toBe(dimension.description.en);
      expect(DIMENSION_KINDS).toContain(dimension.kind);
    },
  );

  it('has unique names in each language', () => {
    for (const locale of ['en', 'nb'] as const) {
      const names = DEFAULT_COMPETENCY_MODEL.map((d) => d.name[locale].toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('treats leading others as a leadership dimension, apart from the selling ones', () => {
    const kindOf = (key: string) => DEFAULT_COMPETENCY_MODEL.find((d) => d.key === key)?.kind;
    expect(kindOf('coaching-leading')).toBe('leadership');
    expect(kindOf('prospecting')).toBe('sales');
    expect(kindOf('negotiation-closing')).toBe('sales');
  });

  it('is frozen so one tenant cannot change another tenant’s seed', () => {
    expect(Object.isFrozen(DEFAULT_COMPETENCY_MODEL)).toBe(true);
    expect(Object.isFrozen(DEFAULT_COMPETENCY_MODEL[0].name)).toBe(true);
    expect(() => {
      (DEFAULT_COMPETENCY_MODEL[0].name as { en: string }).en = 'changed';
    }).toThrow(TypeError);
  });
});
