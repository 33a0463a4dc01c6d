import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssessmentApplicationEntity } from '@rolefit/persistence';
import { DataSource } from 'typeorm';
import { pickLocale } from '@rolefit/domain';
import { AssessmentsService } from '../assessments/assessments.service';
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
    const { jobRoleId, questionnaireId } = preview;
    const version = await this.assessments.versionForRole(
      this.dataSource.manager,
      preview.organizationId,
      { questionnaireId },
    );
    return this.dataSource.transaction(async (tx) => {
      const opened = await this.assessments.open(tx, {
        organizationId: preview.organizationId,
        jobRoleId,
        questionnaireVersionId: version.id,
        name: dto.name,
        email: dto.email,
        locale: pickLocale(preview.content.locale, version.locales),
        source: 'application',
        previewId: preview.previewId,
        previewVersion: preview.version,
      });
      await tx.getRepository(AssessmentApplicationEntity).insert({
        organizationId: preview.organizationId,
        assessmentId: opened.id,
        previewId: preview.previewId,
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
