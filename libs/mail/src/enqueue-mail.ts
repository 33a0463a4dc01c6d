import { Global, Injectable, Module } from '@nestjs/common';
import { MailMessageRepository } from '@rolefit/persistence';
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

/** Provides MailOutbox to every feature (needs PersistenceModule and QueuesModule). */
@Global()
@Module({ providers: [MailOutbox], exports: [MailOutbox] })
export class MailModule {}
