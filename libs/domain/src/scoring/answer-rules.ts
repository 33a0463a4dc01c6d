import type { ChoiceItem, Scale } from '../questionnaires/questionnaire.types';

/*
 * The per-type answer rules, shared by autosave validation, scoring and reliability so that
 * "a valid answer" means the same thing everywhere.
 */

export function isLikertAnswer(scale: Scale, value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= scale.min && value <= scale.max
  );
}

export function isChoiceAnswer(item: ChoiceItem, value: unknown): value is string {
  return typeof value === 'string' && item.options.some((option) => option.key === value);
}

export function isKnockoutAnswer(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/**
 * Own enumerable property only: answers arrive as parsed JSON, and an item key such as
 * `toString` or `constructor` must not be "answered" by Object.prototype.
 */
export function answerOf(answers: object, key: string): unknown {
  return Object.hasOwn(answers, key) ? (answers as Record<string, unknown>)[key] : undefined;
}
