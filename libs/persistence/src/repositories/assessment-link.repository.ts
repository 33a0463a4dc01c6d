import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '../query-rows';

export interface NewAssessment {
  organizationId: string;
  jobRoleId: string;
  questionnaireVersionId: string;
  name: string;
  /** Normalised (trimmed, lower-cased). */
  email: string;
  locale: string;
  source: 'invitation' | 'application';
  tokenHash: string;
  tokenSealed: string;
  expiresAt: Date;
  previewId: string | null;
  previewVersion: number | null;
}

/** An open (invited or started) assessment, as the link flows need it. */
export interface OpenAssessment {
  id: string;
  organizationId: string;
  candidateName: string;
  candidateEmail: string;
  locale: string;
  status: 'invited' | 'started';
  expiresAt: Date;
}

/** What a candidate-link email says besides the link. */
export interface LinkMailContext {
  id: string;
  organizationId: string;
  candidateName: string;
  candidateEmail: string;
  locale: string;
  expiresAt: Date;
  roleTitle: string;
  organizationName: string;
}

interface OpenRow {
  id: string;
  organization_id: string;
  candidate_name: string;
  candidate_email: string;
  locale: string;
  status: 'invited' | 'started';
  expires_at: Date;
}

const toOpen = (r: OpenRow): OpenAssessment => ({
  id: r.id,
  organizationId: r.organization_id,
  candidateName: r.candidate_name,
  candidateEmail: r.candidate_email,
  locale: r.locale,
  status: r.status,
  expiresAt: r.expires_at,
});

/**
 * Candidate links on `assessments`: one open assessment per role and email (the partial
 * unique index decides races), its link renewed only when expired, re-sends spaced, retakes
 * after a cooldown, and reminders before expiry.
 */
@Injectable()
export class AssessmentLinkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether `managerId` manages a team of the organisation with a member of this email. */
  async managesMemberWithEmail(
    organizationId: string,
    managerId: string,
    email: string,
  ): Promise<boolean> {
    const rows = await queryRows<{ one: number }>(
      this.dataSource,
      `SELECT 1 AS one FROM team_members m JOIN teams t ON t.id = m.team_id
        WHERE t.organization_id = $1 AND t.manager_id = $2 AND lower(m.email) = $3 LIMIT 1`,
      [organizationId, managerId, email],
    );
    return rows.length > 0;
  }

  /**
   * Whether the assessment is of someone in a team `managerId` manages: the only assessments
   * a manager may read (their members' questionnaires), never a job candidate's.
   */
  async managesAssessment(
    organizationId: string,
    managerId: string,
    assessmentId: string,
  ): Promise<boolean> {
    const rows = await queryRows<{ one: number }>(
      this.dataSource,
      `SELECT 1 AS one FROM assessments a
         JOIN team_members m ON lower(m.email) = a.candidate_email
         JOIN teams t ON t.id = m.team_id AND t.organization_id = a.organization_id
        WHERE a.organization_id = $1 AND t.manager_id = $2 AND a.id = $3 LIMIT 1`,
      [organizationId, managerId, assessmentId],
    );
    return rows.length > 0;
  }

  /**
   * Inserts a new open assessment unless the email already has one for the role (then
   * undefined: nothing is changed, so the existing link keeps working).
   */
  async insertIfNoneOpen(tx: EntityManager, a: NewAssessment): Promise<OpenAssessment | undefined> {
    const [row] = await queryRows<OpenRow>(
      tx,
      `INSERT INTO assessments (organization_id, job_role_id, questionnaire_version_id,
              candidate_name, candidate_email, locale, source, token_hash, token_sealed,
              expires_at, preview_id, preview_version, link_sent_at, stage)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(),
               CASE WHEN $7 = 'application' THEN 'applied' ELSE 'invited' END)
       ON CONFLICT (job_role_id, candidate_email) WHERE status IN ('invited', 'started')
       DO NOTHING
       RETURNING id, organization_id, candidate_name, candidate_email, locale, status, expires_at`,
      [
        a.organizationId,
        a.jobRoleId,
        a.questionnaireVersionId,
        a.name,
        a.email,
        a.locale,
        a.source,
        a.tokenHash,
        a.tokenSealed,
        a.expiresAt,
        a.previewId,
        a.previewVersion,
      ],
    );
    return row ? toOpen(row) : undefined;
  }

  /** The open assessment of this email for the role, locked for the rest of the transaction. */
  async lockOpen(
    tx: EntityManager,
    jobRoleId: string,
    email: string,
  ): Promise<OpenAssessment | undefined> {
    const [row] = await queryRows<OpenRow>(
      tx,
      `SELECT id, organization_id, candidate_name, candidate_email, locale, status, expires_at
         FROM assessments
        WHERE job_role_id = $1 AND candidate_email = $2 AND status IN ('invited', 'started')
        FOR UPDATE`,
      [jobRoleId, email],
    );
    return row ? toOpen(row) : undefined;
  }

  /** A new link for an open assessment whose link has EXPIRED (nobody holds a working one). */
  async renewExpiredLink(
    tx: EntityManager,
    id: string,
    link: { tokenHash: string; tokenSealed: string; expiresAt: Date },
  ): Promise<Date | undefined> {
    const [row] = await queryRows<{ expires_at: Date }>(
      tx,
      `UPDATE assessments SET token_hash = $2, token_sealed = $3, expires_at = $4,
              reminder_sent_at = NULL, updated_at = now()
        WHERE id = $1 AND expires_at <= now() RETURNING expires_at`,
      [id, link.tokenHash, link.tokenSealed, link.expiresAt],
    );
    return row?.expires_at;
  }

  /** When this email last submitted for the role within the past `days` days, if it did. */
  async submittedWithin(
    tx: EntityManager,
    jobRoleId: string,
    email: string,
    days: number,
  ): Promise<Date | undefined> {
    const [row] = await queryRows<{ submitted_at: Date }>(
      tx,
      `SELECT max(submitted_at) AS submitted_at FROM assessments
        WHERE job_role_id = $1 AND candidate_email = $2 AND status = 'submitted'
          AND submitted_at > now() - make_interval(days => $3)`,
      [jobRoleId, email, days],
    );
    return row?.submitted_at ?? undefined;
  }

  /**
   * Claims the right to email the link again: true at most once per `minSeconds` per
   * assessment, so typing someone's email repeatedly cannot flood their inbox.
   */
  async claimResend(tx: EntityManager, id: string, minSeconds: number): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `UPDATE assessments SET link_sent_at = now()
        WHERE id = $1 AND (link_sent_at IS NULL OR link_sent_at < now() - make_interval(secs => $2))
        RETURNING id`,
      [id, minSeconds],
    );
    return rows.length > 0;
  }

  async mailContext(tx: EntityManager, id: string): Promise<LinkMailContext> {
    const [row] = await queryRows<{
      id: string;
      organization_id: string;
      candidate_name: string;
      candidate_email: string;
      locale: string;
      expires_at: Date;
      role_title: string;
      organization_name: string;
    }>(
      tx,
      `SELECT a.id, a.organization_id, a.candidate_name, a.candidate_email, a.locale,
              a.expires_at, r.title AS role_title, o.name AS organization_name
         FROM assessments a JOIN job_roles r ON r.id = a.job_role_id
         JOIN organizations o ON o.id = a.organization_id
        WHERE a.id = $1`,
      [id],
    );
    return {
      id: row.id,
      organizationId: row.organization_id,
      candidateName: row.candidate_name,
      candidateEmail: row.candidate_email,
      locale: row.locale,
      expiresAt: row.expires_at,
      roleTitle: row.role_title,
      organizationName: row.organization_name,
    };
  }

  /**
   * Marks up to `limit` unfinished assessments whose link expires within `hours` as reminded
   * (once per link) and returns them; several workers share the work (SKIP LOCKED).
   */
  async claimReminders(tx: EntityManager, hours: number, limit: number): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `UPDATE assessments SET reminder_sent_at = now()
        WHERE id IN (SELECT id FROM assessments
                      WHERE status IN ('invited', 'started') AND reminder_sent_at IS NULL
                        AND token_sealed IS NOT NULL AND expires_at > now()
                        AND expires_at <= now() + make_interval(hours => $1)
                      LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [hours, limit],
    );
    return rows.map((r) => r.id);
  }
}
