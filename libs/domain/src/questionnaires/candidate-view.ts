import type {
  Locale,
  LocalizedText,
  QuestionnaireDefinition,
  QuestionnaireItem,
  Scale,
} from './questionnaire.types';

/** What a candidate may see of an item: enough to answer it, nothing about how it is scored. */
export type CandidateItem =
  | { key: string; type: 'likert'; text: LocalizedText }
  | {
      key: string;
      type: 'choice';
      text: LocalizedText;
      options: { key: string; text: LocalizedText }[];
    }
  | { key: string; type: 'knockout'; text: LocalizedText };

export interface CandidateQuestionnaire {
  title: string;
  locales: Locale[];
  scale: Scale;
  items: CandidateItem[];
}

/**
 * The candidate's view of a questionnaire. Built field by field from an allow-list rather than
 * by deleting scoring keys, so a scoring field added to the model later can never leak by
 * default (dimension, keyed, weight, scores and passingAnswer would let a candidate game it).
 */
export function stripScoringKeys(def: QuestionnaireDefinition): CandidateQuestionnaire {
  return {
    title: def.title,
    locales: [...def.locales],
    scale: { min: def.scale.min, max: def.scale.max },
    items: def.items.map(toCandidateItem),
  };
}

function toCandidateItem(item: QuestionnaireItem): CandidateItem {
  const base = { key: item.key, text: copyText(item.text) };
  switch (item.type) {
    case 'likert':
      return { ...base, type: 'likert' };
    case 'knockout':
      return { ...base, type: 'knockout' };
    case 'choice':
      return {
        ...base,
        type: 'choice',
        options: item.options.map((option) => ({ key: option.key, text: copyText(option.text) })),
      };
  }
}

function copyText(text: LocalizedText): LocalizedText {
  return text.nb === undefined ? { en: text.en } : { en: text.en, nb: text.nb };
}
