import type { FieldError } from '../errors';
import { isNonBlankString, isRecord, isValidOptionalWeight, propertyPath } from './field-checks';
import { isValidItemKey } from './item-key';
import type { Locale } from './questionnaire.types';

export const ITEM_TYPES = ['likert', 'choice', 'knockout'] as const;

/**
 * A choice item needs at least two options: with a single option every candidate gives the same
 * answer, so the item measures nothing and only lengthens the questionnaire.
 */
export const MIN_CHOICE_OPTIONS = 2;

export interface ItemContext {
  path: string;
  locales: readonly Locale[];
  knownDimensionKeys: ReadonlySet<string>;
}

/** Rules shared by every item type apart from the key (uniqueness is checked across items). */
export function validateItemBody(item: Record<string, unknown>, ctx: ItemContext): FieldError[] {
  const errors = validateLocalizedText(item.text, `${ctx.path}.text`, ctx.locales);
  switch (item.type) {
    case 'likert':
      return [...errors, ...validateLikert(item, ctx)];
    case 'choice':
      return [...errors, ...validateChoice(item, ctx)];
    case 'knockout':
      return [...errors, ...validateKnockout(item, ctx)];
    default:
      return [
        { field: `${ctx.path}.type`, message: `type must be one of ${ITEM_TYPES.join(', ')}` },
        ...errors,
      ];
  }
}

/** English is always required; Norwegian only when the questionnaire is offered in Norwegian. */
export function validateLocalizedText(
  text: unknown,
  path: string,
  locales: readonly Locale[],
): FieldError[] {
  if (!isRecord(text)) {
    return [{ field: `${path}.en`, message: 'English text is required' }];
  }
  const errors: FieldError[] = [];
  if (!isNonBlankString(text.en)) {
    errors.push({ field: `${path}.en`, message: 'English text is required' });
  }
  if (locales.includes('nb') && !isNonBlankString(text.nb)) {
    errors.push({
      field: `${path}.nb`,
      message: 'Norwegian text is required because the questionnaire offers nb',
    });
  }
  return errors;
}

function validateLikert(item: Record<string, unknown>, ctx: ItemContext): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof item.dimension !== 'string' || !ctx.knownDimensionKeys.has(item.dimension)) {
    const shown =
      typeof item.dimension === 'string'
        ? `unknown dimension "${item.dimension}"`
        : 'dimension is required';
    errors.push({ field: `${ctx.path}.dimension`, message: shown });
  }
  if (item.keyed !== 1 && item.keyed !== -1) {
    errors.push({ field: `${ctx.path}.keyed`, message: 'keyed must be 1 or -1' });
  }
  if (!isValidOptionalWeight(item.weight)) {
    errors.push({ field: `${ctx.path}.weight`, message: 'weight must be a number greater than 0' });
  }
  return errors;
}

function validateChoice(item: Record<string, unknown>, ctx: ItemContext): FieldError[] {
  const errors: FieldError[] = [];
  if (!isValidOptionalWeight(item.weight)) {
    errors.push({ field: `${ctx.path}.weight`, message: 'weight must be a number greater than 0' });
  }
  if (!Array.isArray(item.options) || item.options.length < MIN_CHOICE_OPTIONS) {
    errors.push({
      field: `${ctx.path}.options`,
      message: `a choice item needs at least ${MIN_CHOICE_OPTIONS} options`,
    });
  }
  if (!Array.isArray(item.options)) return errors;

  const seenKeys = new Set<string>();
  item.options.forEach((option: unknown, index) => {
    const path = `${ctx.path}.options[${index}]`;
    if (!isRecord(option)) {
      errors.push({ field: path, message: 'must be an object with key, text and scores' });
      return;
    }
    if (!isValidItemKey(option.key)) {
      errors.push({
        field: `${path}.key`,
        message: 'key must be a lowercase slug (a-z, 0-9, single dashes)',
      });
    } else if (seenKeys.has(option.key)) {
      errors.push({
        field: `${path}.key`,
        message: `option key "${option.key}" is used twice in this item`,
      });
    } else {
      seenKeys.add(option.key);
    }
    errors.push(...validateLocalizedText(option.text, `${path}.text`, ctx.locales));
    errors.push(...validateScores(option.scores, `${path}.scores`, ctx.knownDimensionKeys));
  });
  return errors;
}

/** An option may score no dimension at all (a neutral answer), but what it scores must be valid. */
function validateScores(
  scores: unknown,
  path: string,
  knownDimensionKeys: ReadonlySet<string>,
): FieldError[] {
  if (!isRecord(scores)) {
    return [{ field: path, message: 'scores must be an object of dimension key → 0–100' }];
  }
  const errors: FieldError[] = [];
  for (const [dimension, score] of Object.entries(scores)) {
    const field = propertyPath(path, dimension);
    if (!knownDimensionKeys.has(dimension)) {
      errors.push({ field, message: `unknown dimension "${dimension}"` });
    } else if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
      errors.push({ field, message: 'score must be a number from 0 to 100' });
    }
  }
  return errors;
}

function validateKnockout(item: Record<string, unknown>, ctx: ItemContext): FieldError[] {
  if (typeof item.passingAnswer !== 'boolean') {
    return [{ field: `${ctx.path}.passingAnswer`, message: 'passingAnswer must be true or false' }];
  }
  return [];
}
