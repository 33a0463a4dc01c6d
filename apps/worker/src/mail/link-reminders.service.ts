import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { CandidateLinkMail } from '@rolefit/mail';
import { AssessmentLinkRepository, Transactions } from '@rolefit/persistence';

const BATCH = 200;

/**
 * Reminds candidates who have not submitted, once per link, LINK_REMINDER_HOURS before it
 * expires. Each batch claims the assessments and queues their mail in one transaction, so a
 * reminder is queued exactly once however many workers run.
 */
@Injectable()
export class LinkRemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LinkRemindersService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly links: AssessmentLinkRepository,
    private readonly mail: CandidateLinkMail,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.LINK_REMINDER_HOURS === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.remind()
        .catch((error: unknown) =>
          this.logger.warn(`link reminders skipped: ${(error as Error).message}`),
        )
        .finally(() => (this.running = undefined));
    }, this.config.LINK_REMINDER_CHECK_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Queues due reminders; returns how many. */
  async remind(): Promise<number> {
    let total = 0;
    for (;;) {
      const queued = await this.transactions.run(async (tx) => {
        const ids = await this.links.claimReminders(tx, this.config.LINK_REMINDER_HOURS, BATCH);
        for (const id of ids) await this.mail.enqueue(tx, id, 'candidate-reminder');
        return ids.length;
      });
      total += queued;
      if (queued < BATCH) break;
    }
    if (total > 0) this.logger.log(`queued ${total} link reminder(s)`);
    return total;
  }
}
