import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import {
  isMailTemplateName,
  MAIL_TEMPLATES,
  renderMail,
  SecretBox,
  type MailTemplateParams,
} from '@rolefit/mail';
import { MailMessageRepository, type MailToSend } from '@rolefit/persistence';
import { MAIL_QUEUE, type PayloadOf } from '@rolefit/queues';
import { Job } from 'bullmq';
import { JobWorkerHost } from '../job-worker-host';
import { MailTransport } from './mail-transport';

/** Set from MAIL_RETRY_MAX_SECONDS at start (the decorator's options are fixed at import). */
let maxRetryDelayMs = 300_000;

/** 1 s, 2 s, 4 s … capped at MAIL_RETRY_MAX_SECONDS: keeps trying for days while SMTP is down. */
export function mailBackoff(attemptsMade: number): number {
  return Math.min(maxRetryDelayMs, 1000 * 2 ** Math.min(30, Math.max(0, attemptsMade - 1)));
}

/**
 * Sends one queued email. Sent once: a mail already `completed` (a re-relayed or retried job)
 * is skipped, and it is marked completed right after SMTP accepts it. SMTP errors are thrown,
 * so BullMQ retries with `mailBackoff`; nothing is lost while the server is down.
 * Links are put in at send time: a candidate's from their assessment's sealed token (so a
 * re-send always carries the link that works now), a staff token from the mail row.
 */
@Processor(MAIL_QUEUE.name, { settings: { backoffStrategy: mailBackoff } })
export class MailProcessor extends JobWorkerHost {
  protected readonly logger = new Logger(MailProcessor.name);
  private readonly secrets: SecretBox;

  constructor(
    config: AppConfig,
    private readonly mails: MailMessageRepository,
    private readonly transport: MailTransport,
  ) {
    super(config);
    maxRetryDelayMs = config.MAIL_RETRY_MAX_SECONDS * 1000;
    this.secrets = new SecretBox(config.JWT_SECRET);
  }

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    this.logger.log(`mail goes to ${this.transport.describe}`);
  }

  async process(job: Job<PayloadOf<typeof MAIL_QUEUE>>): Promise<string> {
    const mail = await this.mails.find(job.data.mailId);
    if (!mail) return 'gone';
    if (mail.status !== 'queued') return mail.status;
    if (!isMailTemplateName(mail.template)) {
      await this.mails.markFinished(mail.id, 'failed', `unknown template ${mail.template}`);
      return 'failed';
    }
    const link = await this.linkFor(mail);
    if (link === null) return 'cancelled';
    const rendered = renderMail(
      mail.template,
      mail.locale,
      mail.params as unknown as MailTemplateParams[typeof mail.template],
      link,
    );
    await this.mails.countAttempt(mail.id);
    try {
      await this.transport.send({ id: mail.id, to: mail.recipient, ...rendered });
    } catch (error) {
      const reason = (error as Error).message;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt) await this.mails.markFinished(mail.id, 'failed', reason);
      else await this.mails.recordError(mail.id, reason);
      throw error;
    }
    await this.mails.markSent(mail.id);
    return 'completed';
  }

  /** The link the mail carries; undefined for none; null when it must not be sent (cancelled). */
  private async linkFor(mail: MailToSend): Promise<string | undefined | null> {
    const kind = MAIL_TEMPLATES[mail.template as keyof typeof MAIL_TEMPLATES].link;
    const base = this.config.PUBLIC_URL;
    if (kind === 'none') return undefined;
    if (kind === 'candidate') {
      const a = mail.assessment;
      const token = a?.sealedToken ? this.secrets.open(a.sealedToken) : undefined;
      if (!a || a.status === 'submitted' || a.expiresAt.getTime() <= Date.now() || !token) {
        await this.mails.markFinished(mail.id, 'cancelled', 'the link no longer works');
        return null;
      }
      return `${base}/a#${token}`;
    }
    const token = mail.sealedSecret ? this.secrets.open(mail.sealedSecret) : undefined;
    if (!token) {
      await this.mails.markFinished(mail.id, 'cancelled', 'the one-time token is unreadable');
      return null;
    }
    const path = kind === 'invitation' ? 'app/invitation' : 'app/reset-password';
    return `${base}/${path}#${token}`;
  }
}
