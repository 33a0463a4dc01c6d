import { DEFAULT_QUESTIONNAIRE } from '@rolefit/domain';
import { QuestionnaireEntity, QuestionnaireVersionEntity } from '@rolefit/persistence';
import type { EntityManager } from 'typeorm';
import { canonicalItem } from './questionnaire-definition';

/**
 * Gives a new organisation the default role-fit questionnaire (English and Norwegian bokmål,
 * every default dimension), already published as version 1 so candidates can be invited at
 * once. Returns the questionnaire id, for linking demo roles to it.
 */
export async function createDefaultQuestionnaire(
  tx: EntityManager,
  organizationId: string,
): Promise<string> {
  const questionnaire = await tx
    .getRepository(QuestionnaireEntity)
    .save({ organizationId, publishedVersion: 1 });
  await tx.getRepository(QuestionnaireVersionEntity).save({
    organizationId,
    questionnaireId: questionnaire.id,
    version: 1,
    status: 'published' as const,
    title: DEFAULT_QUESTIONNAIRE.title,
    locales: [...DEFAULT_QUESTIONNAIRE.locales],
    scale: { ...DEFAULT_QUESTIONNAIRE.scale },
    items: DEFAULT_QUESTIONNAIRE.items.map(canonicalItem),
    publishedAt: new Date(),
  });
  return questionnaire.id;
}
