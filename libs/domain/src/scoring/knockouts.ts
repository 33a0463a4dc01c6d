import type { Answers, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import { answerOf } from './answer-rules';

/**
 * Knockout items not answered with their passing answer, in questionnaire order. An unanswered
 * knockout counts as failed: eligibility needs every requirement affirmatively met.
 */
export function knockoutsFailed(q: QuestionnaireDefinition, answers: Answers): string[] {
  const failed: string[] = [];
  for (const item of q.items) {
    if (item.type === 'knockout' && answerOf(answers, item.key) !== item.passingAnswer) {
      failed.push(item.key);
    }
  }
  return failed;
}
