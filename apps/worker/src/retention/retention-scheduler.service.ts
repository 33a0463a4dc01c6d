import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { RetentionRepository, Transactions } from '@rolefit/persistence';
import { JobOutbox, RETENTION_QUEUE } from '@rolefit/queues';

/**
 * Starts one retention run per period, however many workers run: every worker checks every
 * RETENTION_CHECK_SECONDS (and at start), and only the one whose insert of the period's
 * `retention_runs` row succeeds (unique period) enqueues the job — through the outbox, in the
 * same transaction, so the run exists if and only if its job does.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: JobOutbox,
    private readonly retention: RetentionRepository,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.RETENTION_CHECK_SECONDS === 0) return;
    const check = () => {
      this.running ??= this.schedule()
        .catch((error: unknown) =>
          this.logger.warn(`retention check skipped: ${(error as Error).message}`),
        )
        .finally(() => (this.running = undefined));
    };
    setImmediate(check);
    this.timer = setInterval(check, this.config.RETENTION_CHECK_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** The current period's key: the UTC start of the period. */
  currentPeriod(now = Date.now()): string {
    const length = this.config.RETENTION_PERIOD_HOURS * 3600 * 1000;
    return new Date(Math.floor(now / length) * length).toISOString();
  }

  /** Creates and enqueues this period's run unless it exists; returns its id when it did. */
  async schedule(): Promise<string | null> {
    const period = this.currentPeriod();
    const runId = await this.transactions.run(async (tx) => {
      const id = await this.retention.claimPeriod(tx, period);
      if (id) await this.outbox.enqueue(tx, RETENTION_QUEUE, { runId: id, organizationId: '*' });
      return id;
    });
    if (runId) this.logger.log(`retention run ${runId} queued for the period from ${period}`);
    return runId;
  }
}
