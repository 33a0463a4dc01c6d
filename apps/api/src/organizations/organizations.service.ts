import { Injectable } from '@nestjs/common';
import { DEFAULT_COMPETENCY_MODEL } from '@rolefit/domain';
import {
  DimensionRepository,
  OrganizationRecord,
  OrganizationRepository,
  QuestionnaireRepository,
  Tx,
} from '@rolefit/persistence';
import { createDefaultQuestionnaire } from '../questionnaires';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly dimensions: DimensionRepository,
    private readonly questionnaires: QuestionnaireRepository,
  ) {}

  /**
   * A new tenant starts with the default sales competency model and the default role-fit
   * questionnaire (published), ready to use.
   */
  async createWithDefaults(tx: Tx, name: string): Promise<OrganizationRecord> {
    const organization = await this.organizations.create(tx, name);
    await this.dimensions.insertMany(
      tx,
      DEFAULT_COMPETENCY_MODEL.map((d, position) => ({
        organizationId: organization.id,
        key: d.key,
        name: d.name,
        description: d.description,
        kind: d.kind,
        position,
      })),
    );
    await createDefaultQuestionnaire(this.questionnaires, tx, organization.id);
    return organization;
  }
}
