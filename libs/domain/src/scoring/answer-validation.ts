import type { FieldError } from '../errors';
import type {
  Answers,
  QuestionnaireDefinition,
  QuestionnaireItem,
} from '../questionnaires/questionnaire.types';
import { answerOf, isChoiceAnswer, isKnockoutAnswer, isLikertAnswer } from './answer-rules';

/**
 * Checks a PARTIAL set of answers (autosave): every present key must name an item of the
 * questionnaire and carry a value of that item's type. Missing items are not errors here —
 * see `missingAnswers` for completeness. Messages never reveal scoring keys (passing answers,
 * option scores), since candidates read them.
 */
export function validateAnswers(q: QuestionnaireDefinition, answers: unknown): FieldError[] {
  if (!isPlainObject(answers)) {
    return [{ field: 'answers', message: 'must be an object of item key → answer' }];
  }
  // A Map, not an object index, so that keys like `__proto__` or `constructor` are just keys.
  const itemsByKey = new Map<string, QuestionnaireItem>(q.items.map((item) => [item.key, item]));
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const item = itemsByKey.get(key);
    const message = item ? answerProblem(q, item, value) : 'unknown item';
    if (message) errors.push({ field: `answers.${key}`, message });
  }
  return errors;
}

/** Item keys that have no answer yet, in questionnaire order. */
export function missingAnswers(q: QuestionnaireDefinition, answers: Answers): string[] {
  return q.items
    .filter((item) => answerOf(answers, item.key) === undefined)
    .map((item) => item.key);
}

function answerProblem(
  q: QuestionnaireDefinition,
  item: QuestionnaireItem,
  value: unknown,
): string | null {
  switch (item.type) {
    case 'likert':
      return isLikertAnswer(q.scale, value)
        ? null
        : `must be a whole number from ${q.scale.min} to ${q.scale.max}`;
    case 'choice':
      return isChoiceAnswer(item, value)
        ? null
        : `must be one of: ${item.options.map((option) => option.key).join(', ')}`;
    case 'knockout':
      return isKnockoutAnswer(value) ? null : 'must be true or false';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
