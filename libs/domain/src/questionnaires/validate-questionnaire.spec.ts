import { DomainValidationError } from '../errors';
import type { QuestionnaireDefinition } from './questionnaire.types';
import { assertValidQuestionnaire, validateQuestionnaire } from './validate-questionnaire';

const known = new Set(['prospecting', 'negotiation-closing', 'resilience']);

function validDefinition(): QuestionnaireDefinition {
  return {
    title: 'Inside sales',
    locales: ['en', 'nb'],
    scale: { min: 1, max: 5 },
    items: [
      {
        key: 'p-1',
        type: 'likert',
        text: { en: 'I like calling.', nb: 'Jeg liker å ringe.' },
        dimension: 'prospecting',
        keyed: 1,
      },
      {
        key: 'p-2',
        type: 'likert',
        text: { en: 'I avoid calls.', nb: 'Jeg unngår samtaler.' },
        dimension: 'prospecting',
        keyed: -1,
        weight: 1.5,
      },
      {
        key: 'price',
        type: 'choice',
        text: { en: 'Price pressure?', nb: 'Prispress?' },
        weight: 2,
        options: [
          {
            key: 'a',
            text: { en: 'Match', nb: 'Match' },
            scores: { 'negotiation-closing': 10, resilience: 30 },
          },
          {
            key: 'b',
            text: { en: 'Explore', nb: 'Utforsk' },
            scores: { 'negotiation-closing': 90, resilience: 80 },
          },
        ],
      },
      {
        key: 'permit',
        type: 'knockout',
        text: { en: 'Permit?', nb: 'Tillatelse?' },
        passingAnswer: true,
      },
    ],
  };
}

const REMOVE = Symbol('remove');

/**
 * A copy of a definition with changes at JSON paths (`items[2].options[0].key`), so tests can
 * break it in ways the static type would not allow. REMOVE deletes the property.
 */
function changed(changes: Record<string, unknown>, base: unknown = validDefinition()): unknown {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(changes)) {
    const parts = path.match(/[^.[\]]+/g) ?? [];
    let target = copy as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
    const last = parts[parts.length - 1];
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return copy;
}

const validChoice = validDefinition().items[2];

function fields(def: unknown): string[] {
  return validateQuestionnaire(def, known).map((e) => e.field);
}

describe('validateQuestionnaire', () => {
  it('accepts a valid definition', () => {
    expect(validateQuestionnaire(validDefinition(), known)).toEqual([]);
  });

  it('(helper) changes only the given path', () => {
    const def = changed({ 'items[2].options[1].key': 'z' }) as QuestionnaireDefinition;
    const choice = def.items[2];
    expect(choice.type === 'choice' ? choice.options.map((o) => o.key) : []).toEqual(['a', 'z']);
    expect(def.items[0]).toEqual(validDefinition().items[0]);
  });

  it('rejects a non-object', () => {
    expect(fields('nope')).toEqual(['questionnaire']);
    expect(fields(null)).toEqual(['questionnaire']);
  });

  it('requires a title', () => {
    expect(fields(changed({ title: '   ' }))).toEqual(['title']);
  });

  describe('locales', () => {
    it('must not be empty', () => {
      // With no valid locale only English is demanded, so no text errors follow.
      expect(fields(changed({ locales: [] }))).toEqual(['locales']);
    });

    it('must be en or nb, each once', () => {
      expect(validateQuestionnaire(changed({ locales: ['en', 'sv', 'en'] }), known)).toEqual([
        { field: 'locales[1]', message: 'locale must be one of en, nb' },
        { field: 'locales[2]', message: 'locale "en" is listed twice' },
      ]);
    });

    it('accepts English only, and then does not need Norwegian text', () => {
      expect(fields(changed({ locales: ['en'], 'items[0].text.nb': REMOVE }))).toEqual([]);
    });
  });

  describe('scale', () => {
    it.each([
      [{ min: 1.5, max: 5 }, ['scale.min']],
      [{ min: 1, max: '5' }, ['scale.max']],
      [{ min: 5, max: 5 }, ['scale']],
      [{ min: 6, max: 1 }, ['scale']],
      [{ min: 0, max: 11 }, ['scale']],
      [undefined, ['scale']],
    ])('rejects %p', (scale, expected) => {
      expect(fields(changed({ scale }))).toEqual(expected);
    });

    it('accepts a span of exactly 10 and negative bounds', () => {
      expect(fields(changed({ scale: { min: -5, max: 5 } }))).toEqual([]);
    });

    it('explains the span limit', () => {
      const errors = validateQuestionnaire(changed({ scale: { min: 0, max: 11 } }), known);
      expect(errors).toEqual([
        { field: 'scale', message: 'the scale spans 11 steps, at most 10 allowed' },
      ]);
    });
  });

  describe('items', () => {
    it('requires at least one', () => {
      expect(fields(changed({ items: [] }))).toEqual(['items']);
      expect(fields(changed({ items: REMOVE }))).toEqual(['items']);
    });

    it('rejects a non-object item', () => {
      expect(fields(changed({ 'items[1]': 'likert' }))).toEqual(['items[1]']);
    });

    it.each(['', 'P-1', 'p_1', 'p--1', '-p', 'a'.repeat(61), 7])(
      'rejects the item key %p',
      (key) => {
        expect(fields(changed({ 'items[3].key': key }))).toEqual(['items[3].key']);
      },
    );

    it('rejects a duplicate item key on the later item', () => {
      expect(validateQuestionnaire(changed({ 'items[3].key': 'p-1' }), known)).toEqual([
        { field: 'items[3].key', message: 'item key "p-1" is already used by another item' },
      ]);
    });

    it('rejects an unknown type', () => {
      expect(fields(changed({ 'items[0].type': 'slider' }))).toEqual(['items[0].type']);
    });

    it('requires English text', () => {
      expect(fields(changed({ 'items[2].text': { nb: 'Bare norsk' } }))).toEqual([
        'items[2].text.en',
      ]);
      expect(fields(changed({ 'items[2].text': REMOVE }))).toEqual(['items[2].text.en']);
    });

    it('requires Norwegian text when nb is offered', () => {
      expect(fields(changed({ 'items[1].text.nb': '' }))).toEqual(['items[1].text.nb']);
    });
  });

  describe('likert items', () => {
    it('need a known dimension', () => {
      expect(validateQuestionnaire(changed({ 'items[1].dimension': 'charisma' }), known)).toEqual([
        { field: 'items[1].dimension', message: 'unknown dimension "charisma"' },
      ]);
      expect(fields(changed({ 'items[1].dimension': REMOVE }))).toEqual(['items[1].dimension']);
    });

    it.each([0, 2, '1', undefined])('need keyed 1 or -1, not %p', (keyed) => {
      expect(fields(changed({ 'items[0].keyed': keyed }))).toEqual(['items[0].keyed']);
    });

    it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '2'])('reject weight %p', (weight) => {
      expect(fields(changed({ 'items[1].weight': weight }))).toEqual(['items[1].weight']);
    });
  });

  describe('choice items', () => {
    const firstOption = validChoice.type === 'choice' ? validChoice.options[0] : null;

    it('need at least two options', () => {
      expect(fields(changed({ 'items[2].options': [firstOption] }))).toEqual(['items[2].options']);
      expect(fields(changed({ 'items[2].options': REMOVE }))).toEqual(['items[2].options']);
    });

    it('need option keys unique within the item', () => {
      expect(validateQuestionnaire(changed({ 'items[2].options[1].key': 'a' }), known)).toEqual([
        { field: 'items[2].options[1].key', message: 'option key "a" is used twice in this item' },
      ]);
    });

    it.each(['B!', '', 3])('need slug option keys, not %p', (key) => {
      expect(fields(changed({ 'items[2].options[1].key': key }))).toEqual([
        'items[2].options[1].key',
      ]);
    });

    it('allow the same option key in different items', () => {
      expect(fields(changed({ 'items[4]': { ...validChoice, key: 'price-2' } }))).toEqual([]);
    });

    it('need option text in every offered locale', () => {
      const def = changed({ 'items[2].options[0].text': { en: 'Match' } });
      expect(fields(def)).toEqual(['items[2].options[0].text.nb']);
    });

    it('need scores as an object', () => {
      const def = changed({ 'items[2].options[0].scores': [10, 20] });
      expect(fields(def)).toEqual(['items[2].options[0].scores']);
    });

    it('only score known dimensions', () => {
      const def = changed({ 'items[2].options[1].scores.charisma': 50 });
      expect(validateQuestionnaire(def, known)).toEqual([
        { field: 'items[2].options[1].scores.charisma', message: 'unknown dimension "charisma"' },
      ]);
    });

    it.each([-1, 100.01, Number.NaN, '50'])('reject the score %p', (score) => {
      const def = changed({ 'items[2].options[0].scores.resilience': score });
      expect(fields(def)).toEqual(['items[2].options[0].scores.resilience']);
    });

    it('accept the score bounds 0 and 100', () => {
      const def = changed({
        'items[2].options[0].scores.resilience': 0,
        'items[2].options[1].scores.resilience': 100,
      });
      expect(fields(def)).toEqual([]);
    });

    it('quote a score key that would make the path ambiguous', () => {
      const def = changed({ 'items[2].options[0].scores': { 'odd key': 10 } });
      expect(fields(def)).toEqual(['items[2].options[0].scores["odd key"]']);
    });

    it('accept an option that scores nothing', () => {
      expect(fields(changed({ 'items[2].options[0].scores': {} }))).toEqual([]);
    });

    it('reject a non-positive weight', () => {
      expect(fields(changed({ 'items[2].weight': 0 }))).toEqual(['items[2].weight']);
    });
  });

  describe('knockout items', () => {
    it.each(['yes', 1, undefined, null])(
      'need a boolean passingAnswer, not %p',
      (passingAnswer) => {
        expect(fields(changed({ 'items[3].passingAnswer': passingAnswer }))).toEqual([
          'items[3].passingAnswer',
        ]);
      },
    );

    it('accept false as the passing answer', () => {
      expect(fields(changed({ 'items[3].passingAnswer': false }))).toEqual([]);
    });
  });

  it('reports problems of several items together, in order', () => {
    const def = changed({ title: '', 'items[0].keyed': 0, 'items[3].passingAnswer': 'yes' });
    expect(fields(def)).toEqual(['title', 'items[0].keyed', 'items[3].passingAnswer']);
  });
});

describe('assertValidQuestionnaire', () => {
  it('throws a DomainValidationError with the field errors', () => {
    const def = changed({ scale: { min: 5, max: 1 } });
    expect(() => assertValidQuestionnaire(def, known)).toThrow(DomainValidationError);
    try {
      assertValidQuestionnaire(def, known);
    } catch (error) {
      expect((error as DomainValidationError).errors.map((e) => e.field)).toEqual(['scale']);
    }
  });

  it('passes a valid definition', () => {
    expect(() => assertValidQuestionnaire(validDefinition(), known)).not.toThrow();
  });
});
