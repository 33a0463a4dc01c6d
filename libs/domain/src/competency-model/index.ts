export * from './dimension.types';
export {
  isValidDimensionKey,
  DIMENSION_KEY_MIN_LENGTH,
  DIMENSION_KEY_MAX_LENGTH,
} from './dimension-key';
export {
  DEFAULT_COMPETENCY_MODEL,
  DEFAULT_DIMENSION_KEYS,
  type DefaultDimensionKey,
} from './default-competency-model';
