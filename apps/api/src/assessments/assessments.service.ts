import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeEmail, pickLocale } from '@rolefit/domain';
import type {
  AssessmentStatus,
  CandidateStage,
  DimensionScoreJson,
  ProfileEntryJson,
  QuestionnaireVersionEntity,
} from '@rolefit/persistence';
import { AssessmentLinkRepository } from '@rolefit/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageOf } from '../common/pagination/pagination';
import { conflict, notFound, ProblemException } from '../common/problem/problem-exception';
import { JobRolesService } from '../job-roles/job-roles.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { CandidateLinksService } from './candidate-links.service';
import type { AuthUser } from '../common/auth/current-user';
import type {
  AssessmentInvitationDto,
  AssessmentResentDto,
  AssessmentResultDto,
  CandidateQuery,
  CreateAssessmentDto,
} from './assessments.dto';
import { percentiles } from './percentiles';

interface ResultRow {
  id: string;
  job_role_id: string;
  questionnaire_version_id: string;
  questionnaire_id: string;
  questionnaire_version: number;
  candidate_name: string;
  candidate_email: string;
  source: string;
  preview_version: number | null;
  status: AssessmentStatus;
  stage: CandidateStage;
  anonymized_at: Date | null;
  fit: number | null;
  eligible: boolean | null;
  dimension_scores: DimensionScoreJson[] | null;
  knockouts_failed: string[] | null;
  minimums_missed: string[] | null;
  profile_used: ProfileEntryJson[] | null;
  created_at: Date;
  expires_at: Date;
  started_at: Date | null;
  submitted_at: Date | null;
  attempts: number;
}

const RESULT_COLUMNS = `a.id, a.job_role_id, a.questionnaire_version_id, v.questionnaire_id, v.version AS questionnaire_version,
  a.candidate_name, a.candidate_email, a.source, a.preview_version, a.status, a.stage,
  a.anonymized_at, a.fit, a.eligible,
  a.dimension_scores, a.knockouts_failed, a.minimums_missed, a.profile_used, a.created_at,
  a.expires_at, a.started_at, a.submitted_at,
  (SELECT count(*)::int FROM assessments x WHERE x.job_role_id = a.job_role_id
      AND x.candidate_email = a.candidate_email AND x.status = 'submitted') AS attempts`;

const ORDER_BY: Record<CandidateQuery['sort'], string> = {
  '-fit': 'a.fit DESC, a.submitted_at ASC, a.id ASC',
  fit: 'a.fit ASC, a.submitted_at ASC, a.id ASC',
  submittedAt: 'a.submitted_at ASC, a.id ASC',
  '-submittedAt': 'a.submitted_at DESC, a.id ASC',
};

/** Invitations, results and the ranked candidate list, all scoped by organisation. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const version = await this.versionForRole(this.dataSource.manager, organizationId, role);
    const outcome = await this.dataSource
      .transaction((tx) =>
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
    manager: EntityManager,
    organizationId: string,
    role: { questionnaireId: string | null },
  ): Promise<QuestionnaireVersionEntity> {
    if (!role.questionnaireId) {
      throw conflict('The job role has no questionnaire; link one with questionnaireId first');
    }
    const version = await this.questionnaires.latestPublished(
      organizationId,
      role.questionnaireId,
      manager,
    );
    if (!version) {
      throw conflict("The job role's questionnaire has no published version yet; publish it");
    }
    return version;
  }

  async result(organizationId: string, id: string): Promise<AssessmentResultDto> {
    const rows: ResultRow[] = await this.dataSource.query(
      `SELECT ${RESULT_COLUMNS}
         FROM assessments a JOIN questionnaire_versions v ON v.id = a.questionnaire_version_id
        WHERE a.id = $1 AND a.organization_id = $2`,
      [id, organizationId],
    );
    if (rows.length === 0) throw notFound('Assessment');
    const row = rows[0];
    const ranks =
      row.status === 'submitted'
        ? await percentiles(this.dataSource.manager, {
            jobRoleId: row.job_role_id,
            questionnaireVersionIds: [row.questionnaire_version_id],
            ids: [row.id],
            dimensions: dimensionsOf(row),
          })
        : new Map<string, Map<string | null, number>>();
    return toResultDto(row, ranks.get(row.id) ?? new Map<string | null, number>());
  }

  /** Scored assessments of a role, ranked (default best fit first), with percentiles. */
  async candidates(
    organizationId: string,
    jobRoleId: string,
    query: CandidateQuery,
  ): Promise<Page<AssessmentResultDto>> {
    const role = await this.jobRoles.get(organizationId, jobRoleId);
    const params: unknown[] = [organizationId, role.id];
    let where = `a.organization_id = $1 AND a.job_role_id = $2 AND a.status = 'submitted'`;
    if (query.eligible !== undefined) {
      params.push(query.eligible);
      where += ` AND a.eligible = $${params.length}`;
    }
    if (query.stage !== undefined) {
      params.push(query.stage);
      where += ` AND a.stage = $${params.length}`;
    }
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<ResultRow[]>(
        `SELECT ${RESULT_COLUMNS}
           FROM assessments a JOIN questionnaire_versions v ON v.id = a.questionnaire_version_id
          WHERE ${where}
          ORDER BY ${ORDER_BY[query.sort]}
          LIMIT ${query.pageSize} OFFSET ${query.skip}`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM assessments a WHERE ${where}`,
        params,
      ),
    ]);
    const dimensions = [...new Set(rows.flatMap(dimensionsOf))];
    const ranks = await percentiles(this.dataSource.manager, {
      jobRoleId: role.id,
      questionnaireVersionIds: [...new Set(rows.map((r) => r.questionnaire_version_id))],
      ids: rows.map((r) => r.id),
      dimensions,
    });
    return pageOf(
      rows.map((r) => toResultDto(r, ranks.get(r.id) ?? new Map<string | null, number>())),
      total,
      query,
    );
  }
}

function dimensionsOf(row: ResultRow): string[] {
  return (row.dimension_scores ?? []).map((d) => d.dimension);
}

function toResultDto(r: ResultRow, percentiles: Map<string | null, number>): AssessmentResultDto {
  return {
    id: r.id,
    jobRoleId: r.job_role_id,
    questionnaireId: r.questionnaire_id,
    questionnaireVersion: r.questionnaire_version,
    // Erased: the row keeps only a placeholder email (unique per row); show nothing.
    candidate: r.anonymized_at
      ? { name: '', email: '' }
      : { name: r.candidate_name, email: r.candidate_email },
    source: r.source,
    previewVersion: r.preview_version,
    status: r.status,
    stage: r.stage,
    anonymizedAt: r.anonymized_at,
    fit: r.fit,
    fitPercentile: percentiles.get(null) ?? null,
    eligible: r.eligible,
    dimensionScores: (r.dimension_scores ?? []).map((d) => ({
      dimension: d.dimension,
      score: d.score,
      target: d.target,
      weight: d.weight,
      deviation: d.deviation,
      lossShare: d.lossShare,
      percentile: percentiles.get(d.dimension) ?? null,
    })),
    knockoutsFailed: r.knockouts_failed ?? [],
    minimumsMissed: r.minimums_missed ?? [],
    profile: r.profile_used,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    startedAt: r.started_at,
    submittedAt: r.submitted_at,
    attempts: r.attempts,
  };
}
