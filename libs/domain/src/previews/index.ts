export * from './preview.types';
export { parseClockTime } from './clock-time';
export { PERCENT_SUM_TOLERANCE } from './percent-sum';
export { validatePreviewForPublish, assertPreviewPublishable } from './validate-preview';
export { selfSelectionRate } from './self-selection-rate';
export { makePreviewSlug, MAX_SLUG_BASE_LENGTH } from './preview-slug';
