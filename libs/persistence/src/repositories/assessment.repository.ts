import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CandidateStage } from '@rolefit/domain';
import { DataSource } from 'typeorm';
import type { AssessmentStatus, DimensionScoreJson } from '../entities/assessment.entity';
import type { ProfileEntryJson } from '../entities/job-role.entity';
import { queryRows } from '../query-rows';
import { percentiles, type PercentileTargets, type Percentiles } from './assessment-percentiles';

export type { PercentileTargets, Percentiles } from './assessment-percentiles';

/** How a role's scored candidates can be ranked (the API's `sort` values). */
export const CANDIDATE_SORTS = ['-fit', 'fit', 'submittedAt', '-submittedAt'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

/** An assessment as staff read it: its result and where it stands. */
export interface AssessmentResultRecord {
  id: string;
  jobRoleId: string;
  questionnaireVersionId: string;
  questionnaireId: string;
  questionnaireVersion: number;
  candidateName: string;
  candidateEmail: string;
  source: string;
  previewVersion: number | null;
  status: AssessmentStatus;
  stage: CandidateStage;
  anonymizedAt: Date | null;
  fit: number | null;
  eligible: boolean | null;
  dimensionScores: DimensionScoreJson[] | null;
  knockoutsFailed: string[] | null;
  minimumsMissed: string[] | null;
  profileUsed: ProfileEntryJson[] | null;
  createdAt: Date;
  expiresAt: Date;
  startedAt: Date | null;
  submittedAt: Date | null;
  /** Submitted attempts by the same email for the same role (this one included). */
  attempts: number;
}

export interface RankedCandidatesQuery {
  sort: CandidateSort;
  eligible?: boolean;
  stage?: CandidateStage;
  skip: number;
  take: number;
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

const ORDER_BY: Record<CandidateSort, string> = {
  '-fit': 'a.fit DESC, a.submitted_at ASC, a.id ASC',
  fit: 'a.fit ASC, a.submitted_at ASC, a.id ASC',
  submittedAt: 'a.submitted_at ASC, a.id ASC',
  '-submittedAt': 'a.submitted_at DESC, a.id ASC',
};

/** Assessments (`assessments`) as staff read them: one result, ranked lists, percentiles. */
@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** This organisation's assessment, or null. */
  async result(organizationId: string, id: string): Promise<AssessmentResultRecord | null> {
    const rows = await queryRows<ResultRow>(
      this.dataSource,
      `SELECT ${RESULT_COLUMNS}
         FROM assessments a JOIN questionnaire_versions v ON v.id = a.questionnaire_version_id
        WHERE a.id = $1 AND a.organization_id = $2`,
      [id, organizationId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** One page of a role's submitted assessments in the asked order, and how many there are. */
  async rankedPage(
    organizationId: string,
    jobRoleId: string,
    query: RankedCandidatesQuery,
  ): Promise<[AssessmentResultRecord[], number]> {
    const params: unknown[] = [organizationId, jobRoleId];
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
      queryRows<ResultRow>(
        this.dataSource,
        `SELECT ${RESULT_COLUMNS}
           FROM assessments a JOIN questionnaire_versions v ON v.id = a.questionnaire_version_id
          WHERE ${where}
          ORDER BY ${ORDER_BY[query.sort]}
          LIMIT ${Math.trunc(query.take)} OFFSET ${Math.trunc(query.skip)}`,
        params,
      ),
      queryRows<{ total: number }>(
        this.dataSource,
        `SELECT count(*)::int AS total FROM assessments a WHERE ${where}`,
        params,
      ),
    ]);
    return [rows.map(toRecord), total];
  }

  /** Percentile ranks of these assessments within their role and questionnaire version. */
  percentiles(targets: PercentileTargets): Promise<Percentiles> {
    return percentiles(this.dataSource.manager, targets);
  }

  /** Dimension scores of this organisation's submitted assessments among `ids`, by id. */
  async submittedScores(
    organizationId: string,
    ids: string[],
  ): Promise<Map<string, Record<string, number>>> {
    if (ids.length === 0) return new Map();
    const rows = await queryRows<{ id: string; scores: Record<string, number> }>(
      this.dataSource,
      `SELECT id, scores FROM assessments
        WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND status = 'submitted'`,
      [organizationId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.scores]));
  }
}

function toRecord(r: ResultRow): AssessmentResultRecord {
  return {
    id: r.id,
    jobRoleId: r.job_role_id,
    questionnaireVersionId: r.questionnaire_version_id,
    questionnaireId: r.questionnaire_id,
    questionnaireVersion: r.questionnaire_version,
    candidateName: r.candidate_name,
    candidateEmail: r.candidate_email,
    source: r.source,
    previewVersion: r.preview_version,
    status: r.status,
    stage: r.stage,
    anonymizedAt: r.anonymized_at,
    fit: r.fit,
    eligible: r.eligible,
    dimensionScores: r.dimension_scores,
    knockoutsFailed: r.knockouts_failed,
    minimumsMissed: r.minimums_missed,
    profileUsed: r.profile_used,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    startedAt: r.started_at,
    submittedAt: r.submitted_at,
    attempts: r.attempts,
  };
}
