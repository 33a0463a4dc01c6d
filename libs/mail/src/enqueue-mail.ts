import { Global, Injectable, Module } from '@nestjs/common';
import { AssessmentLinkRepository, MailMessageRepository } from '@rolefit/persistence';
import { JobOutbox, MAIL_QUEUE } from '@rolefit/queues';
import type { EntityManager } from 'typeorm';
import type { MailTemplateName, MailTemplateParams } from './templates';

export interface MailRequest<N extends MailTemplateName> {
  template: N;
  to: string;
  /** en | nb; anything else is sent in English. */
  locale: string;
  params: MailTemplateParams[N];
  /** The tenant the mail belongs to. */
  organizationId: string;
  /** For `candidate` links: the assessment whose link the mail carries. */
  assessmentId?: string;
  /** For staff links: the one-time token, already sealed with SecretBox. */
  sealedSecret?: string;
}

/**
 * Queues email inside the caller's transaction: a mail_messages row (what to send) and an
 * outbox job. The mail exists if and only if the business change committed; the worker sends
 * it, retrying with backoff while SMTP is down, and marks it sent once.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly mails: MailMessageRepository,
    private readonly outbox: JobOutbox,
  ) {}

  /** Returns the mail's id. */
  async enqueue<N extends MailTemplateName>(
    tx: EntityManager,
    mail: MailRequest<N>,
  ): Promise<string> {
    const mailId = await this.mails.add(tx, {
      organizationId: mail.organizationId,
      recipient: mail.to,
      template: mail.template,
      locale: mail.locale,
      params: { ...mail.params },
      assessmentId: mail.assessmentId ?? null,
      sealedSecret: mail.sealedSecret ?? null,
    });
    await this.outbox.enqueue(tx, MAIL_QUEUE, { mailId, organizationId: mail.organizationId });
    return mailId;
  }
}

/**
 * The email with a candidate's own link (or the reminder before it expires), to the address
 * stored on the assessment; the worker puts in the assessment's current link when it sends.
 */
@Injectable()
export class CandidateLinkMail {
  constructor(
    private readonly links: AssessmentLinkRepository,
    private readonly mail: MailOutbox,
  ) {}

  async enqueue(
    tx: EntityManager,
    assessmentId: string,
    template: 'candidate-link' | 'candidate-reminder',
  ): Promise<string> {
    const a = await this.links.mailContext(tx, assessmentId);
    return this.mail.enqueue(tx, {
      template,
      to: a.candidateEmail,
      locale: a.locale,
      organizationId: a.organizationId,
      assessmentId: a.id,
      params: {
        name: a.candidateName,
        roleTitle: a.roleTitle,
        organizationName: a.organizationName,
        expiresAt: a.expiresAt.toISOString(),
      },
    });
  }
}

/** Provides MailOutbox and CandidateLinkMail (needs PersistenceModule and QueuesModule). */
@Global()
@Module({ providers: [MailOutbox, CandidateLinkMail], exports: [MailOutbox, CandidateLinkMail] })
export class MailModule {}
