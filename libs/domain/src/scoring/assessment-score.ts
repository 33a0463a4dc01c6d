import { computeFit, type DimensionFit, type ProfileTarget } from '../fit/fit';
import type { Answers, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import { scoreDimensions } from './dimension-scores';
import { knockoutsFailed } from './knockouts';

export interface AssessmentScore {
  /** One row per profile dimension of the role, in profile order (the fit explanation). */
  dimensionScores: DimensionFit[];
  /** Every dimension the questionnaire measured, including those the role does not target. */
  scores: Record<string, number>;
  fit: number;
  /** No knockout failed and no minimum missed. */
  eligible: boolean;
  knockoutsFailed: string[];
  minimumsMissed: string[];
}

/**
 * Scores a submission against a role's target profile. Ineligible candidates keep their fit:
 * the product flags them rather than hiding them.
 */
export function scoreAssessment(
  q: QuestionnaireDefinition,
  answers: Answers,
  profile: readonly ProfileTarget[],
): AssessmentScore {
  const scores = scoreDimensions(q, answers);
  const fit = computeFit(profile, scores);
  const failed = knockoutsFailed(q, answers);
  return {
    dimensionScores: fit.dimensions,
    scores,
    fit: fit.fit,
    eligible: failed.length === 0 && fit.minimumsMissed.length === 0,
    knockoutsFailed: failed,
    minimumsMissed: fit.minimumsMissed,
  };
}
