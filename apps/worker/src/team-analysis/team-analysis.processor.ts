import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { TeamAnalysisRepository } from '@rolefit/persistence';
import { type PayloadOf, runTracked, TEAM_ANALYSIS_QUEUE } from '@rolefit/queues';
import { Job } from 'bullmq';
import { computeAnalysis } from './compute-analysis';
import { InvalidAnalysisInputError } from './run-in-thread';
import type { ThreadInput } from './thread-protocol';
import { JobWorkerHost } from '../job-worker-host';

const PROGRESS_EVERY_MS = 500;

/**
 * Computes a team-role map through the one tracked-run lifecycle (runTracked): a completed
 * analysis is never recomputed or overwritten, so a job that runs again after a crash (or is
 * relayed twice) completes once.
 */
@Processor(TEAM_ANALYSIS_QUEUE.name, {
  // A killed worker's job is picked up again after the lock expires (≈ 10–15 s).
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
})
export class TeamAnalysisProcessor extends JobWorkerHost {
  protected readonly logger = new Logger(TeamAnalysisProcessor.name);

  constructor(
    private readonly analyses: TeamAnalysisRepository,
    config: AppConfig,
  ) {
    super(config);
  }

  /**
   * Small analyses are a few database round trips around a millisecond of computing, so more
   * of them at once keep the worker busy; large solves still take turns for a thread
   * (computeAnalysis runs at most two threads at a time).
   */
  protected override concurrency(): number {
    return this.config.ANALYSIS_CONCURRENCY;
  }

  async process(
    job: Job<PayloadOf<typeof TEAM_ANALYSIS_QUEUE>>,
  ): Promise<{ analysisId: string; status: string }> {
    const { analysisId, organizationId } = job.data;
    const status = await runTracked({
      job,
      runId: analysisId,
      organizationId,
      runs: this.analyses,
      compute: (snapshot: ThreadInput) => {
        let lastReport = 0;
        return computeAnalysis(snapshot, (fraction) => {
          const now = Date.now();
          if (now - lastReport < PROGRESS_EVERY_MS && fraction < 1) return;
          lastReport = now;
          const progress = Math.min(99, Math.round(fraction * 100));
          void job.updateProgress(progress).catch(() => undefined);
          void this.analyses.setProgress(analysisId, progress).catch(() => undefined);
        });
      },
      isPermanent: (error) => error instanceof InvalidAnalysisInputError,
      label: 'analysis',
      failure: 'The analysis could not be computed',
      logger: this.logger,
    });
    return { analysisId, status };
  }
}
