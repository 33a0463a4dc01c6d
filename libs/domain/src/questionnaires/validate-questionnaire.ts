import { DomainValidationError, type FieldError } from '../errors';
import { isNonBlankString, isRecord } from './field-checks';
import { isValidItemKey } from './item-key';
import type { Locale, QuestionnaireDefinition } from './questionnaire.types';
import { validateItemBody } from './validate-questionnaire-item';

export const QUESTIONNAIRE_LOCALES: readonly Locale[] = ['en', 'nb'];

/**
 * More than eleven answer points adds no information people can reliably give, and a
 * bounded range keeps the POMP arithmetic meaningful.
 */
export const MAX_SCALE_SPAN = 10;

/**
 * Structural validation of a questionnaire definition against the organisation's competency
 * model. Takes `unknown` because definitions come straight from JSON; an empty result means the
 * value is a valid `QuestionnaireDefinition`.
 */
export function validateQuestionnaire(
  def: unknown,
  knownDimensionKeys: ReadonlySet<string>,
): FieldError[] {
  if (!isRecord(def)) {
    return [{ field: 'questionnaire', message: 'the questionnaire must be an object' }];
  }
  const errors: FieldError[] = [];
  if (!isNonBlankString(def.title)) {
    errors.push({ field: 'title', message: 'a title is required' });
  }
  const { locales, errors: localeErrors } = readLocales(def.locales);
  errors.push(...localeErrors);
  errors.push(...validateScale(def.scale));
  errors.push(...validateItems(def.items, locales, knownDimensionKeys));
  return errors;
}

/** For services: throws the 422-mapped error, and narrows `def` for the caller. */
export function assertValidQuestionnaire(
  def: unknown,
  knownDimensionKeys: ReadonlySet<string>,
): asserts def is QuestionnaireDefinition {
  const errors = validateQuestionnaire(def, knownDimensionKeys);
  if (errors.length > 0) {
    throw new DomainValidationError('The questionnaire is invalid', errors);
  }
}

/** Returns the valid locales too, so text checks still run when the list has a bad entry. */
function readLocales(value: unknown): { locales: Locale[]; errors: FieldError[] } {
  if (!Array.isArray(value) || value.length === 0) {
    return {
      locales: [],
      errors: [{ field: 'locales', message: 'choose at least one locale (en, nb)' }],
    };
  }
  const locales: Locale[] = [];
  const errors: FieldError[] = [];
  value.forEach((locale: unknown, index) => {
    const known = QUESTIONNAIRE_LOCALES.find((l) => l === locale);
    if (!known) {
      errors.push({
        field: `locales[${index}]`,
        message: `locale must be one of ${QUESTIONNAIRE_LOCALES.join(', ')}`,
      });
    } else if (locales.includes(known)) {
      errors.push({ field: `locales[${index}]`, message: `locale "${known}" is listed twice` });
    } else {
      locales.push(known);
    }
  });
  return { locales, errors };
}

function validateScale(scale: unknown): FieldError[] {
  if (!isRecord(scale)) {
    return [{ field: 'scale', message: 'a scale {min, max} is required' }];
  }
  const errors: FieldError[] = [];
  if (!Number.isInteger(scale.min))
    errors.push({ field: 'scale.min', message: 'min must be an integer' });
  if (!Number.isInteger(scale.max))
    errors.push({ field: 'scale.max', message: 'max must be an integer' });
  if (errors.length > 0) return errors;

  const min = scale.min as number;
  const max = scale.max as number;
  if (min >= max) {
    errors.push({ field: 'scale', message: `min (${min}) must be less than max (${max})` });
  } else if (max - min > MAX_SCALE_SPAN) {
    errors.push({
      field: 'scale',
      message: `the scale spans ${max - min} steps, at most ${MAX_SCALE_SPAN} allowed`,
    });
  }
  return errors;
}

function validateItems(
  items: unknown,
  locales: readonly Locale[],
  knownDimensionKeys: ReadonlySet<string>,
): FieldError[] {
  if (!Array.isArray(items) || items.length === 0) {
    return [{ field: 'items', message: 'add at least one item' }];
  }
  const errors: FieldError[] = [];
  const seenKeys = new Set<string>();
  items.forEach((item: unknown, index) => {
    const path = `items[${index}]`;
    if (!isRecord(item)) {
      errors.push({ field: path, message: 'must be an object with key, type and text' });
      return;
    }
    if (!isValidItemKey(item.key)) {
      errors.push({
        field: `${path}.key`,
        message: 'key must be a lowercase slug (a-z, 0-9, single dashes)',
      });
    } else if (seenKeys.has(item.key)) {
      errors.push({
        field: `${path}.key`,
        message: `item key "${item.key}" is already used by another item`,
      });
    } else {
      seenKeys.add(item.key);
    }
    errors.push(...validateItemBody(item, { path, locales, knownDimensionKeys }));
  });
  return errors;
}
