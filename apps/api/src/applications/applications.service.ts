import { Injectable } from '@nestjs/common';
import {
  CandidateDataRepository,
  OrganizationSettingsRepository,
  Transactions,
} from '@rolefit/persistence';
import { conflict } from '../common/problem/problem-exception';
import { pickLocale } from '@rolefit/domain';
import { AssessmentsService, CandidateLinksService } from '../assessments';
import { PublicPreviewsService } from '../previews';
import type { ApplicationDto, ApplyDto } from './applications.dto';

/**
 * Applying from a published preview: creates the candidate's assessment for the preview's
 * role (or finds their open one) and records the preview version they saw. The link goes
 * only to the email address (CandidateLinksService); the answer is the same 202 whether the
 * address was new, already had a link, or is within the retake cooldown.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly previews: PublicPreviewsService,
    private readonly assessments: AssessmentsService,
    private readonly links: CandidateLinksService,
    private readonly settings: OrganizationSettingsRepository,
    private readonly candidateData: CandidateDataRepository,
  ) {}

  async apply(slug: string, dto: ApplyDto): Promise<ApplicationDto> {
    const preview = await this.previews.findPublished(slug);
    const { jobRoleId, questionnaireId } = preview;
    const notice = await this.settings.noticeOfRole(jobRoleId);
    if (notice && notice.version !== dto.privacyNoticeVersion) {
      throw conflict(
        `The privacy notice has changed (now version ${notice.version}); show it to the candidate again`,
      );
    }
    const version = await this.assessments.versionForRole(preview.organizationId, {
      questionnaireId,
    });
    await this.transactions.run(async (tx) => {
      const outcome = await this.links.open(tx, {
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
      // Within the retake cooldown nothing is created or sent; the answer is the same.
      if (outcome.kind === 'cooldown') return;
      await this.candidateData.recordNoticeVersion(outcome.id, dto.privacyNoticeVersion, tx);
      await this.candidateData.recordApplication(tx, {
        privacyNoticeVersion: dto.privacyNoticeVersion,
        organizationId: preview.organizationId,
        assessmentId: outcome.id,
        previewId: preview.previewId,
        previewVersion: preview.version,
      });
    });
    return { status: 'sent' };
  }
}
