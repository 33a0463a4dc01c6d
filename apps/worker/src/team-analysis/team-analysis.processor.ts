import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { type CompletedAnalysis, TeamAnalysisRepository } from '@rolefit/persistence';
import { type PayloadOf, runTracked, TEAM_ANALYSIS_QUEUE } from '@rolefit/queues';
import { Job } from 'bullmq';
import { analysisCells, computeAnalysis, INLINE_MAX_CELLS } from './compute-analysis';
import { GroupedWrites } from './grouped-writes';
import { InvalidAnalysisInputError } from './run-in-thread';
import type { ThreadInput } from './thread-protocol';
import { JobWorkerHost } from '../job-worker-host';

const PROGRESS_EVERY_MS = 500;
/** Maps bigger than this (serialised) are stored in a statement of their own. */
const GROUPED_MAX_BYTES = 256 * 1024;

/**
 * Computes a team-role map through the one tracked-run lifecycle (runTracked): a completed
 * analysis is never recomputed or overwritten, so a job that runs again after a crash (or is
 * relayed twice) completes once.
 *
 * Small analyses (computed in place, ≈ 1 ms) take runTracked's quick path: the snapshot is
 * read, the map computed and stored in one write, without first marking the row running. The
 * maps finished while a store is in flight are stored together in one statement
 * (GroupedWrites). Large ones are marked running first, show progress, and run in a thread.
 */
@Processor(TEAM_ANALYSIS_QUEUE.name, {
  // A killed worker's job is picked up again after the lock expires (≈ 10–15 s).
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
})
export class TeamAnalysisProcessor extends JobWorkerHost {
  protected readonly logger = new Logger(TeamAnalysisProcessor.name);

  private readonly completions: GroupedWrites<CompletedAnalysis, boolean>;

  constructor(
    private readonly analyses: TeamAnalysisRepository,
    config: AppConfig,
  ) {
    super(config);
    this.completions = new GroupedWrites(async (items) => {
      const done = await this.analyses.completeMany(items);
      return items.map((item) => done.has(item.id));
    });
  }

  private complete(id: string, result: unknown, durationMs: number, unmarked = false) {
    const item = { id, resultJson: JSON.stringify(result), durationMs, unmarked };
    return item.resultJson.length > GROUPED_MAX_BYTES
      ? this.completions.writeAlone(item)
      : this.completions.write(item);
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
      runs: {
        peek: (id, org) => this.analyses.snapshotToRun<ThreadInput>(id, org),
        markRunning: (id, org) => this.analyses.markRunning<ThreadInput>(id, org),
        markCompleted: (id, result, durationMs, unmarked) =>
          this.complete(id, result, durationMs, unmarked),
        markFailed: (id, reason) => this.analyses.markFailed(id, reason),
      },
      isQuick: (snapshot) => analysisCells(snapshot) <= INLINE_MAX_CELLS,
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
