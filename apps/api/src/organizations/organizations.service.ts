import { Injectable } from '@nestjs/common';
import { DEFAULT_COMPETENCY_MODEL } from '@rolefit/domain';
import { DimensionEntity, OrganizationEntity } from '@rolefit/persistence';
import type { EntityManager } from 'typeorm';
import { createDefaultQuestionnaire } from '../questionnaires/default-questionnaire';

@Injectable()
export class OrganizationsService {
  /**
   * A new tenant starts with the default sales competency model and the default role-fit
   * questionnaire (published), ready to use.
   */
  async createWithDefaults(tx: EntityManager, name: string): Promise<OrganizationEntity> {
    const organization = await tx.getRepository(OrganizationEntity).save({ name });
    await tx.getRepository(DimensionEntity).insert(
      DEFAULT_COMPETENCY_MODEL.map((d, position) => ({
        organizationId: organization.id,
        key: d.key,
        name: d.name,
        description: d.description,
        kind: d.kind,
        position,
      })),
    );
    await createDefaultQuestionnaire(tx, organization.id);
    return organization;
  }
}
