import { DEFAULT_QUESTIONNAIRE } from '@rolefit/domain';
import type { QuestionnaireRepository, Tx } from '@rolefit/persistence';
import { canonicalItem } from './questionnaire-definition';

/**
 * Gives a new organisation the default role-fit questionnaire (English and Norwegian bokmål,
 * every default dimension), already published as version 1 so candidates can be invited at
 * once. Returns the questionnaire id, for linking demo roles to it.
 */
export async function createDefaultQuestionnaire(
  questionnaires: QuestionnaireRepository,
  tx: Tx,
  organizationId: string,
): Promise<string> {
  const { questionnaire } = await questionnaires.create(
    tx,
    organizationId,
    {
      status: 'published' as const,
      title: DEFAULT_QUESTIONNAIRE.title,
      locales: [...DEFAULT_QUESTIONNAIRE.locales],
      scale: { ...DEFAULT_QUESTIONNAIRE.scale },
      items: DEFAULT_QUESTIONNAIRE.items.map(canonicalItem),
      publishedAt: new Date(),
    },
    1,
  );
  return questionnaire.id;
}
