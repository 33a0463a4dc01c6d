import { DomainValidationError } from '../errors';
import type { Answers, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import { answerOf, isLikertAnswer } from './answer-rules';
import { validateAnswers } from './answer-validation';
import { itemWeight, keyedScore, pomp } from './likert';

/**
 * Dimension scores (0–100), exactly as PRODUCT.md "Methods" defines them:
 * - likert: keyed score s (reverse-keyed: min + max − x) contributes 100 × (s − min)/(max − min);
 * - choice: the chosen option contributes its 0–100 score to every dimension it scores;
 * - dimension score = weighted mean of its contributions (item weight, 1 when unset).
 * Unanswered items contribute nothing; a dimension with no contributions is absent (the fit
 * then counts it as 0). Invalid answers throw rather than being scored as something else.
 */
export function scoreDimensions(
  q: QuestionnaireDefinition,
  answers: Answers,
): Record<string, number> {
  assertScoreable(q, answers);
  const sums = new Map<string, { weighted: number; weight: number }>();
  const add = (dimension: string, contribution: number, weight: number): void => {
    const sum = sums.get(dimension) ?? { weighted: 0, weight: 0 };
    sum.weighted += weight * contribution;
    sum.weight += weight;
    sums.set(dimension, sum);
  };

  for (const item of q.items) {
    const answer = answerOf(answers, item.key);
    if (answer === undefined) continue;
    if (item.type === 'likert' && isLikertAnswer(q.scale, answer)) {
      const contribution = pomp(q.scale, keyedScore(q.scale, item.keyed, answer));
      add(item.dimension, contribution, itemWeight(item));
    } else if (item.type === 'choice') {
      const option = item.options.find((o) => o.key === answer);
      for (const [dimension, score] of Object.entries(option?.scores ?? {})) {
        add(dimension, score, itemWeight(item));
      }
    }
  }

  const scores: Record<string, number> = {};
  for (const [dimension, sum] of sums) {
    // Zero total weight means nothing was actually shown of the dimension: leave it absent.
    if (sum.weight > 0) scores[dimension] = sum.weighted / sum.weight;
  }
  return scores;
}

function assertScoreable(q: QuestionnaireDefinition, answers: Answers): void {
  if (!(q.scale.max > q.scale.min)) {
    throw new DomainValidationError('The questionnaire scale is empty', [
      { field: 'scale', message: 'max must be greater than min' },
    ]);
  }
  const errors = validateAnswers(q, answers);
  if (errors.length > 0) throw new DomainValidationError('The answers cannot be scored', errors);
}
