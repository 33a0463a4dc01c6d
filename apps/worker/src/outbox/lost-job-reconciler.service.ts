import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@rolefit/config';
import { QueueName } from '@rolefit/queues';
import { DataSource } from 'typeorm';
import { JobQueues } from './job-queues';

const BATCH = 500;
/** Dispatched outbox rows are history after a week. */
const OUTBOX_RETENTION = '7 days';

interface DispatchedRow {
  queue: QueueName;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
}

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queues: JobQueues,
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
    const grace = `${this.config.LOST_JOB_CHECK_SECONDS} seconds`;
    const rows: DispatchedRow[] = await this.dataSource.query(
      `SELECT o.queue, o.job_name, o.job_id, o.payload
         FROM (SELECT 'team-analysis-' || id AS job_id FROM team_analyses
                WHERE status IN ('queued', 'running')
               UNION ALL
               SELECT 'reliability-' || id FROM reliability_runs
                WHERE status IN ('queued', 'running')) unfinished
         JOIN outbox_messages o ON o.job_id = unfinished.job_id
        WHERE o.dispatched_at < now() - $1::interval
        LIMIT ${BATCH}`,
      [grace],
    );
    let readded = 0;
    for (const row of rows) {
      if (await this.queues.get(row.queue).getJob(row.job_id)) continue;
      await this.queues.add(row.queue, row.job_name, row.payload, row.job_id);
      readded++;
    }
    if (readded > 0) this.logger.warn(`re-added ${readded} job(s) that Redis had lost`);
    await this.dataSource.query(
      `DELETE FROM outbox_messages WHERE dispatched_at < now() - $1::interval`,
      [OUTBOX_RETENTION],
    );
    return readded;
  }
}
