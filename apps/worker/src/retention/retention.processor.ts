import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { MailOutbox } from '@rolefit/mail';
import {
  RETENTION_WARNING_DAYS,
  RetentionRepository,
  type RetentionStats,
  Transactions,
} from '@rolefit/persistence';
import { type PayloadOf, RETENTION_QUEUE, runTracked } from '@rolefit/queues';
import { Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { JobWorkerHost } from '../job-worker-host';

/**
 * One retention run: anonymises candidate personal data past each organisation's period,
 * deletes expired never-started assessments, replaces member names in old analyses and
 * deletes audit events past their own retention — batch by batch, each batch its own
 * transaction on rows still due. Killed at any point, the job is picked up again (BullMQ
 * stalled-job recovery, or the lost-job reconciler) and continues where the data says.
 */
@Processor(RETENTION_QUEUE.name, {
  // A killed worker's run is taken over by another within ~15 s.
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 10,
})
export class RetentionProcessor extends JobWorkerHost {
  protected readonly logger = new Logger(RetentionProcessor.name);

  constructor(
    private readonly retention: RetentionRepository,
    private readonly transactions: Transactions,
    private readonly mail: MailOutbox,
    config: AppConfig,
  ) {
    super(config);
  }

  async process(
    job: Job<PayloadOf<typeof RETENTION_QUEUE>>,
  ): Promise<{ runId: string; status: string }> {
    const { runId } = job.data;
    const status = await runTracked({
      job,
      runId,
      organizationId: job.data.organizationId,
      runs: this.retention,
      compute: async ({ attempts }) => {
        this.logger.log(`retention run ${runId} started (attempt ${attempts})`);
        return this.run();
      },
      isPermanent: () => false,
      label: 'retention run',
      failure: 'The retention run failed',
      logger: this.logger,
      summary: (stats) =>
        Object.entries(stats)
          .map(([kind, n]) => `${kind}=${n}`)
          .join(' '),
    });
    return { runId, status };
  }

  private async run(): Promise<RetentionStats> {
    return {
      warningsQueued: await this.drain('retention warnings queued', (n) => this.warn(n)),
      assessmentsAnonymized: await this.drain('assessments anonymised', (n) =>
        this.retention.anonymizeDueAssessments(n),
      ),
      expiredUnstartedDeleted: await this.drain('expired never-started assessments deleted', (n) =>
        this.retention.deleteExpiredUnstarted(n),
      ),
      analysesAnonymized: await this.drain('team analyses anonymised', (n) =>
        this.retention.anonymizeOldAnalyses(n),
      ),
      auditEventsDeleted: await this.drain('audit events deleted', (n) =>
        this.retention.deleteOldAuditEvents(n, this.config.AUDIT_RETENTION_MONTHS),
      ),
    };
  }

  /**
   * Queues one batch of warnings — "your data goes on <date>" — in the candidate's language,
   * claimed and queued in one transaction, so each is sent once however the run goes.
   */
  private warn(batch: number): Promise<number> {
    return this.transactions.run(async (tx) => {
      const due = await this.retention.claimWarnings(tx, RETENTION_WARNING_DAYS, batch);
      for (const a of due) {
        await this.mail.enqueue(tx, {
          template: 'retention-warning',
          to: a.email,
          locale: a.locale,
          organizationId: a.organizationId,
          // Tied to the assessment, so an erasure before it is sent cancels and empties it.
          assessmentId: a.id,
          params: {
            name: a.name,
            roleTitle: a.roleTitle,
            organizationName: a.organizationName,
            anonymizeOn: new Date(a.anonymizeOn).toISOString(),
          },
        });
      }
      return due.length;
    });
  }

  /** Runs one kind of batch until nothing is due; logs each batch; returns the total. */
  private async drain(what: string, batch: (size: number) => Promise<number>): Promise<number> {
    const size = this.config.RETENTION_BATCH_SIZE;
    let total = 0;
    for (;;) {
      const done = await batch(size);
      total += done;
      if (done > 0) this.logger.log(`retention: ${done} ${what} (total ${total})`);
      if (done < size) return total;
      if (this.config.RETENTION_BATCH_PAUSE_MS > 0) {
        await sleep(this.config.RETENTION_BATCH_PAUSE_MS);
      }
    }
  }
}
