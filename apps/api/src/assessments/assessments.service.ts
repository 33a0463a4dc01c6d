import { Injectable } from '@nestjs/common';
import { normalizeEmail, pickLocale } from '@rolefit/domain';
import {
  AssessmentLinkRepository,
  AssessmentRepository,
  type AssessmentResultRecord,
  type QuestionnaireVersionRecord,
  Transactions,
  type Tx,
} from '@rolefit/persistence';
import { Page, pageOf } from '../common/pagination/pagination';
import { conflict, notFound, ProblemException } from '../common/problem/problem-exception';
import { JobRolesService } from '../job-roles';
import { QuestionnairesService } from '../questionnaires';
import { CandidateLinksService } from './candidate-links.service';
import type { AuthUser } from '../common/auth/current-user';
import type {
  AssessmentInvitationDto,
  AssessmentResentDto,
  AssessmentResultDto,
  CandidateQuery,
  CreateAssessmentDto,
} from './assessments.dto';

/** Invitations, results and the ranked candidate list, all scoped by organisation. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly assessments: AssessmentRepository,
    private readonly jobRoles: JobRolesService,
    private readonly questionnaires: QuestionnairesService,
    private readonly candidateLinks: CandidateLinksService,
    private readonly links: AssessmentLinkRepository,
  ) {}

  /**
   * A staff invitation. A new assessment answers 201 with its link (also emailed to the
   * candidate); an email that already has an open assessment for the role gets ITS link
   * re-sent to ITS address, and staff see only {id, expiresAt, resent: true} — never a token
   * or answers. Managers invite only members of teams they manage (job candidates are the
   * recruiters' work). Within the retake cooldown after a submission: 409.
   */
  async invite(
    caller: AuthUser,
    jobRoleId: string,
    dto: CreateAssessmentDto,
  ): Promise<AssessmentInvitationDto | AssessmentResentDto> {
    const organizationId = caller.organizationId;
    const role = await this.jobRoles.get(organizationId, jobRoleId);
    const email = normalizeEmail(dto.candidate.email);
    if (
      caller.role === 'manager' &&
      !(await this.links.managesMemberWithEmail(organizationId, caller.userId, email))
    ) {
      throw new ProblemException(
        403,
        'Managers invite members of the teams they manage; job candidates are invited by recruiters',
      );
    }
    if (role.archivedAt) throw conflict('The job role is archived and takes no new candidates');
    const version = await this.versionForRole(organizationId, role);
    const outcome = await this.transactions
      .run((tx) =>
        this.candidateLinks.open(tx, {
          organizationId,
          jobRoleId: role.id,
          questionnaireVersionId: version.id,
          name: dto.candidate.name,
          email,
          locale: pickLocale(dto.locale, version.locales),
          source: 'invitation',
        }),
      )
      .catch((error: unknown) => {
        // The role was deleted between our read and the insert (foreign key): it is gone.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
          throw notFound('Job role');
        }
        throw error;
      });
    if (outcome.kind === 'cooldown') {
      throw conflict(
        `This email submitted an assessment for this role on ${outcome.submittedAt.toISOString().slice(0, 10)}; ` +
          `it can be taken again from ${outcome.retakeFrom.toISOString().slice(0, 10)}`,
      );
    }
    if (outcome.kind === 'created') {
      return { id: outcome.id, token: outcome.token, expiresAt: outcome.expiresAt };
    }
    return { id: outcome.id, expiresAt: outcome.expiresAt, resent: true };
  }

  /**
   * The published questionnaire version a new assessment for this role pins: the latest
   * published version of the questionnaire linked to the role.
   */
  async versionForRole(
    organizationId: string,
    role: { questionnaireId: string | null },
    tx?: Tx,
  ): Promise<QuestionnaireVersionRecord> {
    if (!role.questionnaireId) {
      throw conflict('The job role has no questionnaire; link one with questionnaireId first');
    }
    const version = await this.questionnaires.latestPublished(
      organizationId,
      role.questionnaireId,
      tx,
    );
    if (!version) {
      throw conflict("The job role's questionnaire has no published version yet; publish it");
    }
    return version;
  }

  /** A manager reads only their own members' assessments; anything else is "not found". */
  async result(caller: AuthUser, id: string): Promise<AssessmentResultDto> {
    const organizationId = caller.organizationId;
    if (
      caller.role === 'manager' &&
      !(await this.links.managesAssessment(organizationId, caller.userId, id))
    ) {
      throw notFound('Assessment');
    }
    const record = await this.assessments.result(organizationId, id);
    if (!record) throw notFound('Assessment');
    const ranks =
      record.status === 'submitted'
        ? await this.assessments.percentiles({
            jobRoleId: record.jobRoleId,
            questionnaireVersionIds: [record.questionnaireVersionId],
            ids: [record.id],
            dimensions: dimensionsOf(record),
          })
        : new Map<string, Map<string | null, number>>();
    return toResultDto(record, ranks.get(record.id) ?? new Map<string | null, number>());
  }

  /** Scored assessments of a role, ranked (default best fit first), with percentiles. */
  async candidates(
    organizationId: string,
    jobRoleId: string,
    query: CandidateQuery,
  ): Promise<Page<AssessmentResultDto>> {
    const role = await this.jobRoles.get(organizationId, jobRoleId);
    const [records, total] = await this.assessments.rankedPage(organizationId, role.id, {
      sort: query.sort,
      eligible: query.eligible,
      stage: query.stage,
      skip: query.skip,
      take: query.pageSize,
    });
    const ranks = await this.assessments.percentiles({
      jobRoleId: role.id,
      questionnaireVersionIds: [...new Set(records.map((r) => r.questionnaireVersionId))],
      ids: records.map((r) => r.id),
      dimensions: [...new Set(records.flatMap(dimensionsOf))],
    });
    return pageOf(
      records.map((r) => toResultDto(r, ranks.get(r.id) ?? new Map<string | null, number>())),
      total,
      query,
    );
  }
}

function dimensionsOf(record: AssessmentResultRecord): string[] {
  return (record.dimensionScores ?? []).map((d) => d.dimension);
}

function toResultDto(
  r: AssessmentResultRecord,
  percentiles: Map<string | null, number>,
): AssessmentResultDto {
  return {
    id: r.id,
    jobRoleId: r.jobRoleId,
    questionnaireId: r.questionnaireId,
    questionnaireVersion: r.questionnaireVersion,
    // Erased: the row keeps only a placeholder email (unique per row); show nothing.
    candidate: r.anonymizedAt
      ? { name: '', email: '' }
      : { name: r.candidateName, email: r.candidateEmail },
    source: r.source,
    previewVersion: r.previewVersion,
    status: r.status,
    stage: r.stage,
    anonymizedAt: r.anonymizedAt,
    fit: r.fit,
    fitPercentile: percentiles.get(null) ?? null,
    eligible: r.eligible,
    dimensionScores: (r.dimensionScores ?? []).map((d) => ({
      dimension: d.dimension,
      score: d.score,
      target: d.target,
      weight: d.weight,
      deviation: d.deviation,
      lossShare: d.lossShare,
      percentile: percentiles.get(d.dimension) ?? null,
    })),
    knockoutsFailed: r.knockoutsFailed ?? [],
    minimumsMissed: r.minimumsMissed ?? [],
    profile: r.profileUsed,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    startedAt: r.startedAt,
    submittedAt: r.submittedAt,
    attempts: r.attempts,
  };
}
