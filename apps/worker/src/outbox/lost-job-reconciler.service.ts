import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { MailMessageRepository, OutboxRepository } from '@rolefit/persistence';
import { runTables } from '@rolefit/queues';
import { JobQueues } from './job-queues';

const BATCH = 500;
/** Dispatched outbox rows are history after a week. */
const OUTBOX_RETENTION = '7 days';

/**
 * The outbox guarantees a job reaches Redis; this guarantees it stays there. If Redis loses
 * its data (restarted without persistence, failed over), an analysis or reliability run
 * would wait as 'queued' forever. Every LOST_JOB_CHECK_SECONDS, unfinished work handed to
 * Redis at least that long ago whose job Redis no longer
 * knows is added again under the same job id (processors are idempotent, so a job that
 * merely looked lost cannot complete twice).
 */
@Injectable()
export class LostJobReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LostJobReconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly config: AppConfig,
    private readonly queues: JobQueues,
    private readonly mail: MailMessageRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.reconcile()
        .catch((error: unknown) =>
          this.logger.warn(`reconcile skipped: ${(error as Error).message}`),
        )
        .finally(() => (this.running = undefined));
    }, this.config.LOST_JOB_CHECK_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Re-adds lost jobs; returns how many. */
  async reconcile(): Promise<number> {
    const messages = await this.outbox.dispatchedUnfinished(
      runTables(),
      this.config.LOST_JOB_CHECK_SECONDS,
      BATCH,
    );
    let readded = 0;
    for (const message of messages) {
      if (await this.queues.get(message.queue).getJob(message.jobId)) continue;
      await this.queues.add(message.queue, message.jobName, message.payload, message.jobId);
      readded++;
    }
    if (readded > 0) this.logger.warn(`re-added ${readded} job(s) that Redis had lost`);
    await this.outbox.pruneDispatched(OUTBOX_RETENTION);
    await this.mail.pruneFinished(OUTBOX_RETENTION);
    return readded;
  }
}
