import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryRows } from '@rolefit/persistence';
import { JobPayloads, QueueName } from '@rolefit/queues';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { computeInThread, InvalidAnalysisInputError } from './run-in-thread';
import type { ThreadInput } from './thread-protocol';
import { JobWorkerHost } from '../job-worker-host';

const PROGRESS_EVERY_MS = 500;

/**
 * Computes a team-role map. Idempotent: a completed analysis is never recomputed or
 * overwritten, so a job that runs again after a crash (or is relayed twice) completes once.
 */
@Processor(QueueName.TeamAnalysis, {
  // A killed worker's job is picked up again after the lock expires (≈ 10–15 s).
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
})
export class TeamAnalysisProcessor extends JobWorkerHost {
  protected readonly logger = new Logger(TeamAnalysisProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    super(config);
  }

  async process(
    job: Job<JobPayloads[QueueName.TeamAnalysis]>,
  ): Promise<{ analysisId: string; status: string }> {
    const { analysisId } = job.data;
    const started = await queryRows<{ snapshot: ThreadInput }>(
      this.dataSource,
      `UPDATE team_analyses
          SET status = 'running', attempts = attempts + 1, started_at = COALESCE(started_at, now()), error = NULL
        WHERE id = $1 AND status IN ('queued', 'running', 'failed')
        RETURNING snapshot`,
      [analysisId],
    );
    if (started.length === 0) return { analysisId, status: 'already completed or missing' };

    let lastReport = 0;
    const startedAt = Date.now();
    try {
      const result = await computeInThread(started[0].snapshot, (fraction) => {
        const now = Date.now();
        if (now - lastReport < PROGRESS_EVERY_MS && fraction < 1) return;
        lastReport = now;
        const progress = Math.min(99, Math.round(fraction * 100));
        void job.updateProgress(progress).catch(() => undefined);
        void this.dataSource
          .query(`UPDATE team_analyses SET progress = $2 WHERE id = $1 AND status = 'running'`, [
            analysisId,
            progress,
          ])
          .catch(() => undefined);
      });
      // Written once: a second run after a crash finds it completed and leaves it alone.
      const written = await queryRows<{ id: string }>(
        this.dataSource,
        `UPDATE team_analyses SET status = 'completed', progress = 100, result = $2, completed_at = now()
          WHERE id = $1 AND status <> 'completed' RETURNING id`,
        [analysisId, JSON.stringify(result)],
      );
      this.logger.log(
        `analysis ${analysisId} ${written.length ? 'completed' : 'was already completed'} in ${Date.now() - startedAt} ms`,
      );
      return { analysisId, status: 'completed' };
    } catch (error) {
      const permanent = error instanceof InvalidAnalysisInputError;
      const lastAttempt = this.isLastAttempt(job);
      if (permanent || lastAttempt) {
        await this.dataSource.query(
          `UPDATE team_analyses SET status = 'failed', error = $2 WHERE id = $1 AND status <> 'completed'`,
          [analysisId, `The analysis could not be computed: ${(error as Error).message}`],
        );
      }
      if (permanent) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
