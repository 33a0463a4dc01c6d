import { deepFreeze } from '../competency-model/deep-freeze';
import { defaultLikertItems } from './default-questionnaire-likert';
import { defaultKnockoutItem, defaultSituationItems } from './default-questionnaire-situations';
import type { QuestionnaireDefinition } from './questionnaire.types';

/**
 * `QuestionnaireDefinition.title` is a single string; the Norwegian title is offered here so a
 * Norwegian-speaking organisation can be seeded with it.
 */
export const DEFAULT_QUESTIONNAIRE_TITLE = {
  en: 'Sales role fit',
  nb: 'Egnethet for salgsrollen',
} as const;

/**
 * The questionnaire every new organisation starts with: measures every default dimension with
 * at least four likert items (at least one reverse-keyed), adds situational choice items that
 * show judgement in realistic sales moments, and one knockout. Frozen: `structuredClone` it
 * before customising.
 */
export const DEFAULT_QUESTIONNAIRE: QuestionnaireDefinition = deepFreeze({
  title: DEFAULT_QUESTIONNAIRE_TITLE.en,
  locales: ['en', 'nb'],
  scale: { min: 1, max: 5 },
  items: [defaultKnockoutItem(), ...defaultLikertItems(), ...defaultSituationItems()],
});
