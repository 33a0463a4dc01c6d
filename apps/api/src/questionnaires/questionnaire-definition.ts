import { type QuestionnaireDefinition, type QuestionnaireItem } from '@rolefit/domain';
import type { QuestionnaireItemJson, QuestionnaireVersionEntity } from '@rolefit/persistence';

/**
 * The domain's view of a stored version. Only published versions are guaranteed valid (they
 * passed validateQuestionnaire); callers use this for those.
 */
export function toDefinition(v: QuestionnaireVersionEntity): QuestionnaireDefinition {
  return {
    title: v.title,
    locales: v.locales as QuestionnaireDefinition['locales'],
    scale: { min: v.scale.min, max: v.scale.max },
    items: v.items as unknown as QuestionnaireItem[],
  };
}

/**
 * The canonical stored form of a valid item: only the fields of its type, in a fixed order,
 * so a knockout never carries a stray `dimension` and published JSON is predictable.
 */
export function canonicalItem(item: QuestionnaireItem): QuestionnaireItemJson {
  const text = item.text.nb === undefined ? { en: item.text.en } : { ...item.text };
  switch (item.type) {
    case 'likert':
      return {
        key: item.key,
        type: 'likert',
        text,
        dimension: item.dimension,
        keyed: item.keyed,
        ...(item.weight !== undefined && { weight: item.weight }),
      };
    case 'choice':
      return {
        key: item.key,
        type: 'choice',
        text,
        options: item.options.map((o) => ({
          key: o.key,
          text: o.text.nb === undefined ? { en: o.text.en } : { ...o.text },
          scores: { ...o.scores },
        })),
        ...(item.weight !== undefined && { weight: item.weight }),
      };
    case 'knockout':
      return { key: item.key, type: 'knockout', text, passingAnswer: item.passingAnswer };
  }
}

/** Dimensions a questionnaire measures (likert dimensions and choice option scores). */
export function measuredDimensions(def: QuestionnaireDefinition): string[] {
  const out = new Set<string>();
  for (const item of def.items) {
    if (item.type === 'likert') out.add(item.dimension);
    if (item.type === 'choice') {
      for (const option of item.options) Object.keys(option.scores).forEach((k) => out.add(k));
    }
  }
  return [...out];
}
