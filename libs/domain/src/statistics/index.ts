export {
  ReliabilityAccumulator,
  type ItemReliability,
  type ReliabilityResult,
} from './reliability-accumulator';
export {
  likertLayout,
  keyedLikertRow,
  splitKeyedRow,
  keyedScoresByDimension,
  type LikertLayout,
} from './keyed-likert-scores';
export {
  QuestionnaireReliabilityAccumulator,
  computeQuestionnaireReliability,
  type DimensionReliability,
} from './questionnaire-reliability';
