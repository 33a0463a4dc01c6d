import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../query-rows';
import { ERASE_CANDIDATE_MAIL } from './candidate-data.repository';

/** What one retention run did, by kind. */
export interface RetentionStats {
  /** Candidates emailed that their data goes within RETENTION_WARNING_DAYS. */
  warningsQueued: number;
  assessmentsAnonymized: number;
  expiredUnstartedDeleted: number;
  analysesAnonymized: number;
  auditEventsDeleted: number;
}

export const EMPTY_RETENTION_STATS: RetentionStats = {
  warningsQueued: 0,
  assessmentsAnonymized: 0,
  expiredUnstartedDeleted: 0,
  analysesAnonymized: 0,
  auditEventsDeleted: 0,
};

/** Candidates are warned this many days before their data is anonymised. */
export const RETENTION_WARNING_DAYS = 7;

/** When an assessment's personal data goes: its last activity plus its organisation's period. */
const ANONYMIZE_ON = `a.updated_at + make_interval(months => o.retention_months)`;

/** What a retention warning mail needs (personal data: it goes into the mail row only). */
export interface RetentionWarning {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  locale: string;
  organizationName: string;
  roleTitle: string;
  anonymizeOn: Date;
}

/** An assessment is due when its last activity (answer, submit, decision, resend) is older than its organisation's period. */
const DUE = `a.anonymized_at IS NULL
  AND a.updated_at < now() - make_interval(months => o.retention_months)`;
/** Invited, never answered, link expired: nothing worth keeping, not even scores. */
const NEVER_STARTED = `a.status = 'invited' AND a.answers = '{}'::jsonb AND a.expires_at < now()`;

/** A member's name in a stored analysis after retention: stable per member, says nothing. */
const ANONYMOUS_MEMBERS = (column: string, path: string) => `
  CASE WHEN jsonb_typeof(${column} #> '${path}') = 'array' THEN jsonb_set(${column}, '${path}',
    (SELECT coalesce(jsonb_agg(jsonb_set(m, '{name}', to_jsonb('Member ' || left(m ->> 'id', 8)))
                               ORDER BY i), '[]'::jsonb)
       FROM jsonb_array_elements(${column} #> '${path}') WITH ORDINALITY AS e(m, i)))
  ELSE ${column} END`;

/**
 * The statements of the retention job. Each works on one batch in its own short transaction
 * and only on rows still due (SKIP LOCKED), so a run killed at any point leaves finished
 * batches finished and the next run simply continues.
 */
@Injectable()
export class RetentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the run of a period; true only for the one caller whose insert made it. */
  async claimPeriod(tx: EntityManager, period: string): Promise<string | null> {
    const rows = await queryRows<{ id: string }>(
      tx,
      `INSERT INTO retention_runs (period, status) VALUES ($1, 'queued')
       ON CONFLICT (period) DO NOTHING RETURNING id`,
      [period],
    );
    return rows[0]?.id ?? null;
  }

  /** running, attempts + 1; null when the run is completed (or unknown). */
  async markRunning(runId: string): Promise<{ attempts: number } | null> {
    const rows = await queryRows<{ attempts: number }>(
      this.dataSource,
      `UPDATE retention_runs SET status = 'running', attempts = attempts + 1, started_at = now(),
              error = NULL
        WHERE id = $1 AND status <> 'completed' RETURNING attempts`,
      [runId],
    );
    return rows[0] ?? null;
  }

  /** Stores what the run did unless already completed; true when this call completed it. */
  async markCompleted(runId: string, stats: RetentionStats): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE retention_runs SET status = 'completed', stats = $2, completed_at = now(), error = NULL
        WHERE id = $1 AND status <> 'completed' RETURNING id`,
      [runId, JSON.stringify(stats)],
    );
    return rows.length > 0;
  }

  async markFailed(runId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE retention_runs SET status = 'failed', error = $2, completed_at = now()
        WHERE id = $1 AND status <> 'completed'`,
      [runId, reason],
    );
  }

  async markRetrying(runId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE retention_runs SET status = 'queued', error = $2 WHERE id = $1 AND status = 'running'`,
      [runId, reason],
    );
  }

  /**
   * Claims one batch of assessments whose anonymisation falls within the next `days` and
   * that were not warned since their last activity (sets retention_warned_at, which does not
   * count as activity) and returns what their warning mail needs. Run inside the transaction
   * that queues the mails, so a warning is queued exactly once.
   */
  async claimWarnings(tx: EntityManager, days: number, batch: number): Promise<RetentionWarning[]> {
    return queryRows<RetentionWarning>(
      tx,
      `UPDATE assessments a SET retention_warned_at = now()
         FROM organizations o, job_roles r
        WHERE a.id IN (
                SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id
                 WHERE a.anonymized_at IS NULL
                   AND (a.retention_warned_at IS NULL OR a.retention_warned_at < a.updated_at)
                   AND ${ANONYMIZE_ON} > now()
                   AND ${ANONYMIZE_ON} <= now() + make_interval(days => $1)
                 ORDER BY a.updated_at LIMIT $2 FOR UPDATE OF a SKIP LOCKED)
          AND o.id = a.organization_id AND r.id = a.job_role_id
       RETURNING a.id, a.organization_id AS "organizationId", a.candidate_email AS email,
                 a.candidate_name AS name, a.locale, o.name AS "organizationName",
                 r.title AS "roleTitle", ${ANONYMIZE_ON} AS "anonymizeOn"`,
      [days, batch],
    );
  }

  /** Anonymises one batch of due assessments; returns how many. */
  async anonymizeDueAssessments(batch: number): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = await queryRows<{ id: string }>(
        tx,
        `SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id
          WHERE ${DUE} AND NOT (${NEVER_STARTED})
          ORDER BY a.updated_at LIMIT $1 FOR UPDATE OF a SKIP LOCKED`,
        [batch],
      );
      if (due.length === 0) return 0;
      const ids = due.map((r) => r.id);
      await tx.query(
        `UPDATE assessment_decisions SET reason = NULL
          WHERE assessment_id = ANY($1::uuid[]) AND reason IS NOT NULL`,
        [ids],
      );
      const done = await queryRows<{ id: string }>(
        tx,
        `UPDATE assessments
            SET candidate_name = '', candidate_email = 'erased-' || id, answers = '{}'::jsonb,
                token_hash = 'erased-' || id, token_sealed = NULL,
                expires_at = least(expires_at, now()),
                anonymized_at = now()
          WHERE id = ANY($1::uuid[]) RETURNING id`,
        [ids],
      );
      await tx.query(ERASE_CANDIDATE_MAIL, [ids]);
      return done.length;
    });
  }

  /** Deletes one batch of due, expired, never-started assessments; returns how many. */
  async deleteExpiredUnstarted(batch: number): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `DELETE FROM assessments WHERE id IN (
         SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id
          WHERE ${DUE} AND ${NEVER_STARTED}
          LIMIT $1 FOR UPDATE OF a SKIP LOCKED)
       RETURNING id`,
      [batch],
    );
    return rows.length;
  }

  /** Replaces member names in one batch of finished analyses older than the period. */
  async anonymizeOldAnalyses(batch: number): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE team_analyses
          SET snapshot = ${ANONYMOUS_MEMBERS('snapshot', '{snapshot,members}')},
              result = CASE WHEN result IS NULL THEN NULL
                            ELSE ${ANONYMOUS_MEMBERS('result', '{members}')} END,
              anonymized_at = now()
        WHERE id IN (
          SELECT t.id FROM team_analyses t JOIN organizations o ON o.id = t.organization_id
           WHERE t.anonymized_at IS NULL AND t.status IN ('completed', 'failed')
             AND t.created_at < now() - make_interval(months => o.retention_months)
           LIMIT $1 FOR UPDATE OF t SKIP LOCKED)
       RETURNING id`,
      [batch],
    );
    return rows.length;
  }

  /** Deletes one batch of audit events older than their own retention; returns how many. */
  async deleteOldAuditEvents(batch: number, months: number): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `DELETE FROM audit_events WHERE id IN (
         SELECT id FROM audit_events WHERE created_at < now() - make_interval(months => $2)
          LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [batch, months],
    );
    return rows.length;
  }
}
