export type DimensionKind = 'sales' | 'leadership' | 'general';

export const DIMENSION_KINDS: readonly DimensionKind[] = ['sales', 'leadership', 'general'];

/** Model texts are always written in both product languages, unlike questionnaire texts. */
export interface BilingualText {
  en: string;
  nb: string;
}

/** One competency of an organisation's model, field names as clients see them. */
export interface Dimension {
  key: string;
  name: BilingualText;
  description: BilingualText;
  kind: DimensionKind;
}
