import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@rolefit/config';
import { normalizeEmail, pickLocale } from '@rolefit/domain';
import type {
  AssessmentSource,
  AssessmentStatus,
  DimensionScoreJson,
  ProfileEntryJson,
  QuestionnaireVersionEntity,
} from '@rolefit/persistence';
import { queryRows } from '@rolefit/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageOf } from '../common/pagination/pagination';
import { conflict, notFound } from '../common/problem/problem-exception';
import { JobRolesService } from '../job-roles/job-roles.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { issueAssessmentToken } from './assessment-token';
import type {
  AssessmentInvitationDto,
  AssessmentResultDto,
  CandidateQuery,
  CreateAssessmentDto,
} from './assessments.dto';
import { percentiles } from './percentiles';

const DAY_MS = 24 * 3600 * 1000;

export interface OpenAssessmentInput {
  organizationId: string;
  jobRoleId: string;
  questionnaireVersionId: string;
  name: string;
  email: string;
  locale: string;
  source: AssessmentSource;
  previewId?: string;
  previewVersion?: number;
}

export interface OpenedAssessment {
  id: string;
  token: string;
  expiresAt: Date;
  /** false when the email already had an open assessment for the role. */
  created: boolean;
}

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
}

const RESULT_COLUMNS = `a.id, a.job_role_id, a.questionnaire_version_id, v.questionnaire_id, v.version AS questionnaire_version,
  a.candidate_name, a.candidate_email, a.source, a.preview_version, a.status, a.fit, a.eligible,
  a.dimension_scores, a.knockouts_failed, a.minimums_missed, a.profile_used, a.created_at,
  a.expires_at, a.started_at, a.submitted_at`;

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
    private readonly config: AppConfig,
    private readonly jobRoles: JobRolesService,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  async invite(
    organizationId: string,
    jobRoleId: string,
    dto: CreateAssessmentDto,
  ): Promise<AssessmentInvitationDto> {
    const role = await this.jobRoles.get(organizationId, jobRoleId);
    const version = await this.versionForRole(this.dataSource.manager, organizationId, role);
    const opened = await this.open(this.dataSource.manager, {
      organizationId,
      jobRoleId: role.id,
      questionnaireVersionId: version.id,
      name: dto.candidate.name,
      email: dto.candidate.email,
      locale: pickLocale(dto.locale, version.locales),
      source: 'invitation',
    });
    return { id: opened.id, token: opened.token, expiresAt: opened.expiresAt };
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

  /**
   * Creates an assessment, or — when this email already has an OPEN (invited or started)
   * assessment for the role — returns that one instead of a second. Only the token's hash is
   * stored, so the old token cannot be shown again: the open assessment gets a FRESH token
   * (its hash replaces the old one, which stops working) and a renewed expiry. Its saved
   * pinned questionnaire version is kept. One statement, so two simultaneous applications
   * with the same email still end with one assessment (the partial unique index on
   * job_role_id + candidate_email decides).
   *
   * A public application (no account, anyone can type a candidate's email) only reissues an
   * assessment with NO saved answers: a new link to a started one would let a stranger read
   * the candidate's answers and lock them out, so that answers 409 ("continue with your
   * link"). A recruiter's invitation may always reissue — the recruiter is resending the link.
   */
  async open(manager: EntityManager, input: OpenAssessmentInput): Promise<OpenedAssessment> {
    const { token, hash } = issueAssessmentToken();
    const expiresAt = new Date(Date.now() + this.config.ASSESSMENT_TOKEN_TTL_DAYS * DAY_MS);
    const rows = await queryRows<{ id: string; expires_at: Date; created: boolean }>(
      manager,
      `INSERT INTO assessments (organization_id, job_role_id, questionnaire_version_id,
              candidate_name, candidate_email, locale, source, token_hash, expires_at,
              preview_id, preview_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (job_role_id, candidate_email) WHERE status IN ('invited', 'started')
       DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at,
                     updated_at = now()
          WHERE $12 OR (assessments.status = 'invited' AND assessments.answers = '{}'::jsonb)
       RETURNING id, expires_at, (xmax = 0) AS created`,
      [
        input.organizationId,
        input.jobRoleId,
        input.questionnaireVersionId,
        input.name,
        normalizeEmail(input.email),
        input.locale,
        input.source,
        hash,
        expiresAt,
        input.previewId ?? null,
        input.previewVersion ?? null,
        input.source !== 'application',
      ],
    );
    const row = rows[0];
    if (!row) {
      throw conflict(
        'An assessment for this email and role is already in progress; continue with the link you received',
      );
    }
    return { id: row.id, token, expiresAt: row.expires_at, created: row.created };
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
    candidate: { name: r.candidate_name, email: r.candidate_email },
    source: r.source,
    previewVersion: r.preview_version,
    status: r.status,
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
  };
}
