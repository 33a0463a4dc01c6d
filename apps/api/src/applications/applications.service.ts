import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssessmentApplicationEntity } from '@rolefit/persistence';
import { DataSource } from 'typeorm';
import { AssessmentsService, pickLocale } from '../assessments/assessments.service';
import { PublicPreviewsService } from '../previews/public-previews.service';
import type { ApplicationDto, ApplyDto } from './applications.dto';

/**
 * Applying from a published preview: creates (or reopens, see AssessmentsService.open) the
 * candidate's assessment for the preview's role and records the preview version they saw.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly previews: PublicPreviewsService,
    private readonly assessments: AssessmentsService,
  ) {}

  async apply(slug: string, dto: ApplyDto): Promise<ApplicationDto> {
    const preview = await this.previews.findPublished(slug);
    const [{ job_role_id: jobRoleId, questionnaire_id: questionnaireId }] =
      await this.dataSource.query<{ job_role_id: string; questionnaire_id: string | null }[]>(
        `SELECT p.job_role_id, r.questionnaire_id
           FROM job_previews p JOIN job_roles r ON r.id = p.job_role_id WHERE p.id = $1`,
        [preview.preview_id],
      );
    const version = await this.assessments.versionForRole(
      this.dataSource.manager,
      preview.organization_id,
      { questionnaireId },
    );
    return this.dataSource.transaction(async (tx) => {
      const opened = await this.assessments.open(tx, {
        organizationId: preview.organization_id,
        jobRoleId,
        questionnaireVersionId: version.id,
        name: dto.name,
        email: dto.email,
        locale: pickLocale(preview.content.locale, version.locales),
        source: 'application',
        previewId: preview.preview_id,
        previewVersion: preview.version,
      });
      await tx.getRepository(AssessmentApplicationEntity).insert({
        organizationId: preview.organization_id,
        assessmentId: opened.id,
        previewId: preview.preview_id,
        previewVersion: preview.version,
      });
      return {
        assessmentToken: opened.token,
        expiresAt: opened.expiresAt,
        previewVersion: preview.version,
      };
    });
  }
}
