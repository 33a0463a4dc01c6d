import type { Locale, LocalizedText } from '../locales';

/** Texts are written per locale; English is always present, Norwegian bokmål where written. */
export type { Locale, LocalizedText } from '../locales';

export interface Scale {
  min: number;
  max: number;
}

export interface LikertItem {
  key: string;
  type: 'likert';
  text: LocalizedText;
  dimension: string;
  /** +1: agreeing means more of the dimension; −1: reverse-keyed. */
  keyed: 1 | -1;
  /** Weight of the item within its dimension; 1 when not set. */
  weight?: number;
}

export interface ChoiceOption {
  key: string;
  text: LocalizedText;
  /** dimensionKey → contribution on the 0–100 scale. */
  scores: Record<string, number>;
}

export interface ChoiceItem {
  key: string;
  type: 'choice';
  text: LocalizedText;
  options: ChoiceOption[];
  weight?: number;
}

export interface KnockoutItem {
  key: string;
  type: 'knockout';
  text: LocalizedText;
  /** The answer that passes the requirement. */
  passingAnswer: boolean;
}

export type QuestionnaireItem = LikertItem | ChoiceItem | KnockoutItem;

export interface QuestionnaireDefinition {
  title: string;
  locales: Locale[];
  scale: Scale;
  items: QuestionnaireItem[];
}

/** itemKey → integer (likert), option key (choice) or boolean (knockout). */
export type Answers = Record<string, number | string | boolean>;
