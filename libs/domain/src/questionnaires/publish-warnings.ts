import type { QuestionnaireDefinition } from './questionnaire.types';

/**
 * Three items is the usual floor for a dimension score that is more than one question's mood,
 * and the least that makes the reliability analysis (alpha, item–total correlations) useful.
 */
export const RECOMMENDED_LIKERT_ITEMS_PER_DIMENSION = 3;

/**
 * Non-blocking advice shown before publishing: a role dimension measured by fewer than three
 * likert items gives a shaky score. Run it on a definition that passed `validateQuestionnaire`.
 */
export function publishWarnings(
  def: QuestionnaireDefinition,
  roleDimensionKeys: readonly string[],
): string[] {
  const likertCounts = new Map<string, number>();
  for (const item of def.items) {
    if (item.type === 'likert') {
      likertCounts.set(item.dimension, (likertCounts.get(item.dimension) ?? 0) + 1);
    }
  }
  const warnings: string[] = [];
  for (const dimension of new Set(roleDimensionKeys)) {
    const count = likertCounts.get(dimension) ?? 0;
    if (count >= RECOMMENDED_LIKERT_ITEMS_PER_DIMENSION) continue;
    const measured =
      count === 0
        ? 'is not measured by any likert item'
        : `is measured by only ${count} likert item${count === 1 ? '' : 's'}`;
    warnings.push(
      `Dimension "${dimension}" ${measured}; add at least ${RECOMMENDED_LIKERT_ITEMS_PER_DIMENSION} ` +
        'so its score and reliability can be trusted.',
    );
  }
  return warnings;
}
