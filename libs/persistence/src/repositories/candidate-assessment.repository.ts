import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Answers, AssessmentScore } from '@rolefit/domain';
import { DataSource } from 'typeorm';
import type { AssessmentStatus } from '../entities/assessment.entity';
import type { ProfileEntryJson } from '../entities/job-role.entity';
import { queryRows } from '../query-rows';

/** The assessment a candidate's live link reaches. */
export interface LinkedAssessment {
  id: string;
  tokenHash: string;
  status: AssessmentStatus;
  answers: Answers;
  locale: string;
  expiresAt: Date;
  submittedAt: Date | null;
  jobRoleId: string;
  questionnaireVersionId: string;
  /** The job role's current target profile (only when asked for, to score a submit). */
  profile?: ProfileEntryJson[] | null;
}

/** What the candidate's page names: the job, the organisation, and whether results are shown. */
export interface CandidateContext {
  jobTitle: string;
  organizationName: string;
  resultsShared: boolean;
}

/** A submit's scores, stored as the domain computed them. */
export interface SubmittedScores extends AssessmentScore {
  /** The role's profile the scores were computed against. */
  profileUsed: ProfileEntryJson[];
  /** The keyed likert row (the domain's keyedLikertRow). */
  likertKeyed: number[] | null;
}

interface LinkedRow {
  id: string;
  token_hash: string;
  status: AssessmentStatus;
  answers: Answers;
  locale: string;
  expires_at: Date;
  submitted_at: Date | null;
  job_role_id: string;
  questionnaire_version_id: string;
  profile?: ProfileEntryJson[] | null;
}

/**
 * Assessments (`assessments`) as their candidate uses them through a private link: find by
 * token hash, save answers, submit if unchanged. No transactions: each write is one statement
 * that checks its own precondition (see CandidateService.submit).
 */
@Injectable()
export class CandidateAssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The unexpired assessment of a token hash, or null. */
  async findLive(tokenHash: string, withProfile = false): Promise<LinkedAssessment | null> {
    const rows = await queryRows<LinkedRow>(
      this.dataSource,
      `SELECT a.id, a.token_hash, a.status, a.answers, a.locale, a.expires_at, a.submitted_at,
              a.job_role_id, a.questionnaire_version_id
              ${withProfile ? ', (SELECT r.profile FROM job_roles r WHERE r.id = a.job_role_id) AS profile' : ''}
         FROM assessments a
        WHERE a.token_hash = $1 AND a.expires_at > now()`,
      [tokenHash],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      tokenHash: r.token_hash,
      status: r.status,
      answers: r.answers,
      locale: r.locale,
      expiresAt: r.expires_at,
      submittedAt: r.submitted_at,
      jobRoleId: r.job_role_id,
      questionnaireVersionId: r.questionnaire_version_id,
      ...(withProfile && { profile: r.profile }),
    };
  }

  /** The job and organisation of a role, or null when the role is gone. */
  async context(jobRoleId: string): Promise<CandidateContext | null> {
    const [row] = await queryRows<{ job_title: string; org: string; shared: boolean }>(
      this.dataSource,
      `SELECT r.title AS job_title, o.name AS org, o.share_results_with_candidates AS shared
         FROM job_roles r JOIN organizations o ON o.id = r.organization_id WHERE r.id = $1`,
      [jobRoleId],
    );
    return row
      ? { jobTitle: row.job_title, organizationName: row.org, resultsShared: row.shared }
      : null;
  }

  /**
   * Merges `set` into the answers and removes `clear`; with `started`, marks the assessment
   * started. Null when it was submitted meanwhile (the submit's UPDATE requires unsubmitted).
   */
  async saveAnswers(
    id: string,
    set: Record<string, unknown>,
    clear: string[],
    started: boolean,
  ): Promise<{ status: AssessmentStatus; answers: Answers } | null> {
    const rows = await queryRows<{ status: AssessmentStatus; answers: Answers }>(
      this.dataSource,
      `UPDATE assessments
          SET answers = (answers || $2::jsonb) - $3::text[],
              status = CASE WHEN $4::boolean AND status = 'invited' THEN 'started' ELSE status END,
              started_at = CASE WHEN $4::boolean THEN coalesce(started_at, now()) ELSE started_at END,
              -- The notice in force when they started (they were shown it with the questions).
              privacy_notice_version = coalesce(privacy_notice_version,
                (SELECT o.privacy_notice_version FROM organizations o WHERE o.id = organization_id)),
              updated_at = now()
        WHERE id = $1 AND status <> 'submitted'
        RETURNING status, answers`,
      [id, JSON.stringify(set), clear, started],
    );
    return rows[0] ?? null;
  }

  /**
   * Stores the scores and marks the assessment submitted, only while it is unsubmitted AND
   * still holds exactly `scoredAnswers` (compare-and-set). Returns the submit time, or null
   * when another submit won or the answers changed meanwhile.
   */
  async submitIfUnchanged(
    id: string,
    scoredAnswers: Answers,
    s: SubmittedScores,
  ): Promise<Date | null> {
    const rows = await queryRows<{ submitted_at: Date }>(
      this.dataSource,
      `UPDATE assessments
          SET status = 'submitted', submitted_at = now(), updated_at = now(),
              stage = CASE WHEN stage IN ('applied', 'invited') THEN 'assessed' ELSE stage END,
              started_at = coalesce(started_at, now()),
              fit = $2, eligible = $3, dimension_scores = $4, scores = $5,
              knockouts_failed = $6, minimums_missed = $7, profile_used = $8,
              likert_keyed = $9::smallint[]
        WHERE id = $1 AND status <> 'submitted' AND answers = $10::jsonb
        RETURNING submitted_at`,
      [
        id,
        s.fit,
        s.eligible,
        JSON.stringify(s.dimensionScores),
        JSON.stringify(s.scores),
        JSON.stringify(s.knockoutsFailed),
        JSON.stringify(s.minimumsMissed),
        JSON.stringify(s.profileUsed),
        s.likertKeyed,
        JSON.stringify(scoredAnswers),
      ],
    );
    if (rows.length === 0) return null;
    // Submitting makes the candidate "assessed": a stage change made by the candidate.
    await queryRows(
      this.dataSource,
      `INSERT INTO assessment_decisions (organization_id, assessment_id, stage, actor)
       SELECT organization_id, id, 'assessed', 'candidate' FROM assessments
        WHERE id = $1 AND stage = 'assessed'`,
      [id],
    );
    return rows[0].submitted_at;
  }
}
