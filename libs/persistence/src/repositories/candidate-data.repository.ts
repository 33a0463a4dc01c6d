import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CandidateStage, LocalizedText } from '@rolefit/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentApplicationEntity } from '../entities/assessment-application.entity';
import type { DecisionActor } from '../entities/assessment-decision.entity';
import type { DimensionScoreJson } from '../entities/assessment.entity';
import { queryRows } from '../query-rows';

export interface Decision {
  id: string;
  stage: CandidateStage;
  reason: string | null;
  actor: DecisionActor;
  decidedBy: { id: string; name: string } | null;
  decidedAt: Date;
}

export interface DecisionInput {
  stage: CandidateStage;
  reason: string | null;
  actor: DecisionActor;
  userId: string | null;
}

/** What the candidate's own export holds: everything stored about them. */
export interface CandidateRecord {
  id: string;
  organizationId: string;
  organizationName: string;
  jobRoleId: string;
  jobTitle: string;
  candidateName: string;
  candidateEmail: string;
  locale: string;
  source: string;
  status: string;
  stage: CandidateStage;
  answers: Record<string, unknown>;
  previewVersion: number | null;
  privacyNoticeVersion: number | null;
  fit: number | null;
  eligible: boolean | null;
  dimensionScores: DimensionScoreJson[] | null;
  scores: Record<string, number> | null;
  knockoutsFailed: string[] | null;
  minimumsMissed: string[] | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  startedAt: Date | null;
  submittedAt: Date | null;
  shareResultsWithCandidates: boolean;
}

/** What anonymisation removes: name, email, answers, free text; the link stops working. */
const ANONYMIZE_ASSESSMENTS = `
  UPDATE assessments
     SET candidate_name = '', candidate_email = 'erased-' || id, answers = '{}'::jsonb,
         token_hash = 'erased-' || id, token_sealed = NULL, expires_at = least(expires_at, now()),
         anonymized_at = now()
   WHERE id = ANY($1::uuid[]) AND anonymized_at IS NULL
   RETURNING id`;
/** Their emails: recipient and parameters (name, role) removed; unsent ones cancelled. */
export const ERASE_CANDIDATE_MAIL = `
  UPDATE mail_messages
     SET recipient = '', params = '{}'::jsonb, sealed_secret = NULL,
         status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END
   WHERE assessment_id = ANY($1::uuid[])`;
const CLEAR_DECISION_REASONS = `
  UPDATE assessment_decisions SET reason = NULL
   WHERE assessment_id = ANY($1::uuid[]) AND reason IS NOT NULL`;

/**
 * A candidate's personal data across tables: stages and decisions, the export, and
 * anonymisation (withdrawal, staff erasure, retention all use the same statements).
 */
@Injectable()
export class CandidateDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The stage of an organisation's assessment, locked for a decision; null when not found. */
  async lockStage(
    tx: EntityManager,
    organizationId: string,
    assessmentId: string,
  ): Promise<{ stage: CandidateStage; anonymized: boolean } | null> {
    const rows = await queryRows<{ stage: CandidateStage; anonymized: boolean }>(
      tx,
      `SELECT stage, anonymized_at IS NOT NULL AS anonymized FROM assessments
        WHERE id = $1 AND organization_id = $2 FOR UPDATE`,
      [assessmentId, organizationId],
    );
    return rows[0] ?? null;
  }

  /** Appends a decision and moves the stage (the last activity is now). */
  async decide(
    tx: EntityManager,
    organizationId: string,
    assessmentId: string,
    input: DecisionInput,
  ): Promise<Decision> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `INSERT INTO assessment_decisions
              (organization_id, assessment_id, stage, reason, actor, user_id, user_name)
       VALUES ($1, $2, $3, $4, $5, $6, (SELECT name FROM users WHERE id = $6))
       RETURNING id::text`,
      [organizationId, assessmentId, input.stage, input.reason, input.actor, input.userId],
    );
    await tx.query(`UPDATE assessments SET stage = $2, updated_at = now() WHERE id = $1`, [
      assessmentId,
      input.stage,
    ]);
    const [decision] = await this.decisions(organizationId, assessmentId, tx, rows[0].id);
    return decision;
  }

  /** The history in the order it happened (oldest first). */
  async decisions(
    organizationId: string,
    assessmentId: string,
    manager?: EntityManager,
    onlyId?: string,
  ): Promise<Decision[]> {
    const rows = await queryRows<{
      id: string;
      stage: CandidateStage;
      reason: string | null;
      actor: DecisionActor;
      user_id: string | null;
      user_name: string | null;
      created_at: Date;
    }>(
      manager ?? this.dataSource,
      `SELECT d.id::text, d.stage, d.reason, d.actor, d.user_id,
              coalesce(u.name, d.user_name) AS user_name, d.created_at
         FROM assessment_decisions d LEFT JOIN users u ON u.id = d.user_id
        WHERE d.organization_id = $1 AND d.assessment_id = $2 ${onlyId ? 'AND d.id = $3' : ''}
        ORDER BY d.id`,
      onlyId ? [organizationId, assessmentId, onlyId] : [organizationId, assessmentId],
    );
    return rows.map((r) => ({
      id: r.id,
      stage: r.stage,
      reason: r.reason,
      actor: r.actor,
      decidedBy:
        r.actor === 'user' ? { id: r.user_id ?? '', name: r.user_name ?? 'former user' } : null,
      decidedAt: r.created_at,
    }));
  }

  async exists(organizationId: string, assessmentId: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM assessments WHERE id = $1 AND organization_id = $2`,
      [assessmentId, organizationId],
    );
    return rows.length > 0;
  }

  /** Everything held about the candidate of a token hash (live links only). */
  async recordByTokenHash(tokenHash: string): Promise<CandidateRecord | null> {
    const rows = await queryRows<Record<string, unknown>>(
      this.dataSource,
      `SELECT a.id, a.organization_id, o.name AS organization_name, a.job_role_id,
              r.title AS job_title, a.candidate_name, a.candidate_email, a.locale, a.source,
              a.status, a.stage, a.answers, a.preview_version, a.privacy_notice_version, a.fit,
              a.eligible, a.dimension_scores, a.scores, a.knockouts_failed, a.minimums_missed,
              a.created_at, a.updated_at, a.expires_at, a.started_at, a.submitted_at,
              o.share_results_with_candidates
         FROM assessments a
         JOIN organizations o ON o.id = a.organization_id
         JOIN job_roles r ON r.id = a.job_role_id
        WHERE a.token_hash = $1 AND a.expires_at > now() AND a.anonymized_at IS NULL`,
      [tokenHash],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id as string,
      organizationId: r.organization_id as string,
      organizationName: r.organization_name as string,
      jobRoleId: r.job_role_id as string,
      jobTitle: r.job_title as string,
      candidateName: r.candidate_name as string,
      candidateEmail: r.candidate_email as string,
      locale: r.locale as string,
      source: r.source as string,
      status: r.status as string,
      stage: r.stage as CandidateStage,
      answers: r.answers as Record<string, unknown>,
      previewVersion: r.preview_version as number | null,
      privacyNoticeVersion: r.privacy_notice_version as number | null,
      fit: r.fit as number | null,
      eligible: r.eligible as boolean | null,
      dimensionScores: r.dimension_scores as DimensionScoreJson[] | null,
      scores: r.scores as Record<string, number> | null,
      knockoutsFailed: r.knockouts_failed as string[] | null,
      minimumsMissed: r.minimums_missed as string[] | null,
      createdAt: r.created_at as Date,
      updatedAt: r.updated_at as Date,
      expiresAt: r.expires_at as Date,
      startedAt: r.started_at as Date | null,
      submittedAt: r.submitted_at as Date | null,
      shareResultsWithCandidates: r.share_results_with_candidates as boolean,
    };
  }

  /** The applications recorded for an assessment (preview version and notice seen). */
  async applications(
    assessmentId: string,
  ): Promise<{ previewVersion: number; privacyNoticeVersion: number | null; appliedAt: Date }[]> {
    const rows = await queryRows<{
      preview_version: number;
      privacy_notice_version: number | null;
      created_at: Date;
    }>(
      this.dataSource,
      `SELECT preview_version, privacy_notice_version, created_at FROM assessment_applications
        WHERE assessment_id = $1 ORDER BY created_at`,
      [assessmentId],
    );
    return rows.map((r) => ({
      previewVersion: r.preview_version,
      privacyNoticeVersion: r.privacy_notice_version,
      appliedAt: r.created_at,
    }));
  }

  /** The job role and organisation behind a published preview slug; null when none. */
  async roleOfPublishedSlug(
    slug: string,
  ): Promise<{ jobRoleId: string; organizationName: string } | null> {
    const rows = await queryRows<{ job_role_id: string; name: string }>(
      this.dataSource,
      `SELECT p.job_role_id, o.name FROM job_previews p
         JOIN organizations o ON o.id = p.organization_id
        WHERE p.slug = $1 AND p.published_version IS NOT NULL`,
      [slug],
    );
    return rows[0] ? { jobRoleId: rows[0].job_role_id, organizationName: rows[0].name } : null;
  }

  /** A team of the organisation, locked for an erasure in it; null when not found. */
  async teamForErasure(
    tx: EntityManager,
    organizationId: string,
    teamId: string,
  ): Promise<{ managerId: string | null } | null> {
    const rows = await queryRows<{ manager_id: string | null }>(
      tx,
      `SELECT manager_id FROM teams WHERE id = $1 AND organization_id = $2 FOR SHARE`,
      [teamId, organizationId],
    );
    return rows[0] ? { managerId: rows[0].manager_id } : null;
  }

  /** The organisation's competency model in its order (names and descriptions per locale). */
  async dimensionModel(
    organizationId: string,
  ): Promise<{ key: string; name: LocalizedText; description: LocalizedText }[]> {
    return queryRows(
      this.dataSource,
      `SELECT key, name, description FROM dimensions WHERE organization_id = $1
        ORDER BY position, key`,
      [organizationId],
    );
  }

  /** Records the notice version in force when the candidate started (first time only). */
  async recordNoticeVersion(
    assessmentId: string,
    version: number,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE assessments SET privacy_notice_version = $2
        WHERE id = $1 AND privacy_notice_version IS NULL`,
      [assessmentId, version],
    );
  }

  /** Records an application from a published preview (the version seen, the notice shown). */
  async recordApplication(
    tx: EntityManager,
    application: {
      organizationId: string;
      assessmentId: string;
      previewId: string;
      previewVersion: number;
      privacyNoticeVersion: number;
    },
  ): Promise<void> {
    await tx.getRepository(AssessmentApplicationEntity).insert(application);
  }

  /**
   * Removes name, email, answers and free text of these assessments (scores, fit and keyed
   * item scores stay, without identity, so norms and reliability are unchanged). Returns the
   * ids it anonymised (already anonymised ones are skipped).
   */
  async anonymize(tx: EntityManager, assessmentIds: string[]): Promise<string[]> {
    if (assessmentIds.length === 0) return [];
    const rows = await queryRows<{ id: string }>(tx, ANONYMIZE_ASSESSMENTS, [assessmentIds]);
    await tx.query(CLEAR_DECISION_REASONS, [rows.map((r) => r.id)]);
    await tx.query(ERASE_CANDIDATE_MAIL, [rows.map((r) => r.id)]);
    return rows.map((r) => r.id);
  }

  /**
   * Erases a team member's identity (name, email, performance); their profile stays, and
   * their name is replaced in the team's stored analyses. False when not found.
   */
  async eraseTeamMember(
    tx: EntityManager,
    organizationId: string,
    teamId: string,
    memberId: string,
  ): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `UPDATE team_members SET name = $4, email = NULL, performance = NULL,
              anonymized_at = coalesce(anonymized_at, now())
        WHERE id = $1 AND team_id = $2 AND organization_id = $3
        RETURNING id`,
      [memberId, teamId, organizationId, erasedMemberName(memberId)],
    );
    if (rows.length === 0) return false;
    await tx.query(
      `UPDATE team_analyses
          SET snapshot = ${REPLACE_MEMBER_NAME('snapshot', '{snapshot,members}')},
              result = CASE WHEN result IS NULL THEN NULL ELSE ${REPLACE_MEMBER_NAME('result', '{members}')} END
        WHERE team_id = $1 AND organization_id = $2`,
      [teamId, organizationId, memberId, erasedMemberName(memberId)],
    );
    return true;
  }
}

/** The name an erased team member is shown under: stable, and says nothing about them. */
export function erasedMemberName(memberId: string): string {
  return `Erased member ${memberId.slice(0, 8)}`;
}

/**
 * jsonb expression: `column` with the name of member $3 replaced by $4 in its member array
 * at `path` (the analysis input's `{snapshot,members}`, the result's `{members}`).
 */
function REPLACE_MEMBER_NAME(column: string, path: string): string {
  return `CASE WHEN jsonb_typeof(${column} #> '${path}') = 'array' THEN jsonb_set(${column}, '${path}',
    (SELECT coalesce(jsonb_agg(CASE WHEN m ->> 'id' = $3 THEN jsonb_set(m, '{name}', to_jsonb($4::text)) ELSE m END ORDER BY i), '[]'::jsonb)
       FROM jsonb_array_elements(${column} #> '${path}') WITH ORDINALITY AS e(m, i)))
    ELSE ${column} END`;
}
