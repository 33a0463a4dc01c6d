export { validateAnswers, missingAnswers } from './answer-validation';
export { isChoiceAnswer, isKnockoutAnswer, isLikertAnswer } from './answer-rules';
export { keyedScore, pomp, itemWeight } from './likert';
export { scoreDimensions } from './dimension-scores';
export { knockoutsFailed } from './knockouts';
export { scoreAssessment, type AssessmentScore } from './assessment-score';
export { percentileRank, percentileRanks } from './percentile-rank';
