import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '../query-rows';

/** A mail to queue (see MailOutbox in libs/mail, which also writes its outbox job). */
export interface NewMail {
  organizationId: string;
  recipient: string;
  template: string;
  locale: string;
  params: Record<string, unknown>;
  assessmentId: string | null;
  sealedSecret: string | null;
}

/** What the mail processor needs to send one email. */
export interface MailToSend {
  id: string;
  organizationId: string;
  recipient: string;
  template: string;
  locale: string;
  params: Record<string, unknown>;
  status: string;
  sealedSecret: string | null;
  /** For candidate links: the assessment's sealed token, status and expiry (null if erased). */
  assessmentId: string | null;
  assessment: { sealedToken: string | null; status: string; expiresAt: Date } | null;
}

interface Row {
  id: string;
  organization_id: string;
  recipient: string;
  template: string;
  locale: string;
  params: Record<string, unknown>;
  status: string;
  sealed_secret: string | null;
  assessment_id: string | null;
  a_id: string | null;
  token_sealed: string | null;
  a_status: string | null;
  a_expires_at: Date | null;
}

/** The mail_messages table: queuing a mail, reading it to send, recording the outcome. */
@Injectable()
export class MailMessageRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts inside the caller's transaction; returns the new id. */
  async add(tx: EntityManager, mail: NewMail): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      tx,
      `INSERT INTO mail_messages (organization_id, recipient, template, locale, params,
              assessment_id, sealed_secret)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        mail.organizationId,
        mail.recipient,
        mail.template,
        mail.locale,
        JSON.stringify(mail.params),
        mail.assessmentId,
        mail.sealedSecret,
      ],
    );
    return row.id;
  }

  async find(id: string): Promise<MailToSend | undefined> {
    const [row] = await queryRows<Row>(
      this.db,
      `SELECT m.id, m.organization_id, m.recipient, m.template, m.locale, m.params, m.status,
              m.sealed_secret, m.assessment_id, a.id AS a_id, a.token_sealed,
              a.status AS a_status, a.expires_at AS a_expires_at
         FROM mail_messages m LEFT JOIN assessments a ON a.id = m.assessment_id
        WHERE m.id = $1`,
      [id],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      organizationId: row.organization_id,
      recipient: row.recipient,
      template: row.template,
      locale: row.locale,
      params: row.params,
      status: row.status,
      sealedSecret: row.sealed_secret,
      assessmentId: row.assessment_id,
      assessment: row.a_id
        ? {
            sealedToken: row.token_sealed,
            status: row.a_status ?? '',
            expiresAt: row.a_expires_at ?? new Date(0),
          }
        : null,
    };
  }

  /** Counts a try (before sending), so a crash mid-send is visible in `attempts`. */
  async countAttempt(id: string): Promise<void> {
    await this.db.query(`UPDATE mail_messages SET attempts = attempts + 1 WHERE id = $1`, [id]);
  }

  /** Marks it sent and forgets its secret; false if it was already finished. */
  async markSent(id: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.db,
      `UPDATE mail_messages SET status = 'completed', sent_at = now(), sealed_secret = NULL,
              last_error = NULL
        WHERE id = $1 AND status = 'queued' RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async markFinished(id: string, status: 'cancelled' | 'failed', reason: string): Promise<void> {
    await this.db.query(
      `UPDATE mail_messages SET status = $2, last_error = $3, sealed_secret = NULL
        WHERE id = $1 AND status = 'queued'`,
      [id, status, reason.slice(0, 500)],
    );
  }

  /** Finished mail older than `age` (an interval) is deleted: its recipient is personal data. */
  async pruneFinished(age: string): Promise<void> {
    await this.db.query(
      `DELETE FROM mail_messages WHERE status <> 'queued' AND created_at < now() - $1::interval`,
      [age],
    );
  }

  async recordError(id: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE mail_messages SET last_error = $2 WHERE id = $1`, [
      id,
      reason.slice(0, 500),
    ]);
  }
}
