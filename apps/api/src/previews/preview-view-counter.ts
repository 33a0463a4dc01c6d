import { safeErrorForLog } from '../common/logging/safe-error';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PreviewRepository } from '@rolefit/persistence';

const FLUSH_INTERVAL_MS = 2000;

/**
 * Counts public preview views in memory and adds them to the database every two seconds in
 * one statement, so a burst of readers costs no write per request. On shutdown the rest is
 * flushed; a crash can lose at most the last two seconds of view counts (never reactions).
 */
@Injectable()
export class PreviewViewCounter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PreviewViewCounter.name);
  private pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly previews: PreviewRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  record(versionId: string): void {
    this.pending.set(versionId, (this.pending.get(versionId) ?? 0) + 1);
  }

  /**
   * Adds the pending counts. Flushes run one after another, so a reader that flushes before
   * counting also waits for a timer flush already under way (its batch is no longer pending).
   */
  flush(): Promise<void> {
    const run = this.inFlight.then(() => this.flushPending());
    this.inFlight = run;
    return run;
  }

  private async flushPending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.previews.addViews(batch);
    } catch (error) {
      // Put the counts back; they are added on the next flush when the database is back.
      for (const [id, n] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
      this.logger.warn(
        { err: safeErrorForLog(error) },
        'could not flush preview views; will retry',
      );
    }
  }
}
