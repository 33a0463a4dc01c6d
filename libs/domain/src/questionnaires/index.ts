export * from './questionnaire.types';
export { isValidItemKey, ITEM_KEY_MAX_LENGTH } from './item-key';
export { ITEM_TYPES, MIN_CHOICE_OPTIONS } from './validate-questionnaire-item';
export {
  validateQuestionnaire,
  assertValidQuestionnaire,
  QUESTIONNAIRE_LOCALES,
  MAX_SCALE_SPAN,
} from './validate-questionnaire';
export { publishWarnings, RECOMMENDED_LIKERT_ITEMS_PER_DIMENSION } from './publish-warnings';
export {
  stripScoringKeys,
  type CandidateItem,
  type CandidateQuestionnaire,
} from './candidate-view';
export { DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_TITLE } from './default-questionnaire';
