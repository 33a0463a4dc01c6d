import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { type DimensionReliability, QuestionnaireReliabilityAccumulator } from '@rolefit/domain';
import { ReliabilityInputRepository, ReliabilityRunRepository } from '@rolefit/persistence';
import { type PayloadOf, RELIABILITY_QUEUE, runTracked } from '@rolefit/queues';
import { Job } from 'bullmq';
import { JobWorkerHost } from '../job-worker-host';

/** Rows per query while streaming submissions (keyset pagination by id). */
export const RELIABILITY_CHUNK = 2000;

/** A failure that retrying cannot fix: stored as the run's reason, not retried. */
export class PermanentReliabilityError extends Error {}

export interface ReliabilityResultJson {
  n: number;
  /** Submissions left out because their likert row was incomplete (normally 0). */
  skipped: number;
  dimensions: DimensionReliability[];
}

/**
 * Computes a questionnaire reliability run over every complete submission of its pinned
 * version, through the one tracked-run lifecycle (runTracked): completed once, back to queued
 * between BullMQ's retries, failed with a stored reason on the last or a permanent failure.
 */
@Processor(RELIABILITY_QUEUE.name, {
  lockDuration: 30_000,
  stalledInterval: 15_000,
  maxStalledCount: 3,
})
export class ReliabilityProcessor extends JobWorkerHost {
  protected readonly logger = new Logger(ReliabilityProcessor.name);

  constructor(
    private readonly runs: ReliabilityRunRepository,
    private readonly inputs: ReliabilityInputRepository,
    config: AppConfig,
  ) {
    super(config);
  }

  async process(
    job: Job<PayloadOf<typeof RELIABILITY_QUEUE>>,
  ): Promise<{ runId: string; status: string }> {
    const { runId, organizationId } = job.data;
    const status = await runTracked({
      job,
      runId,
      organizationId,
      runs: this.runs,
      compute: ({ questionnaireVersionId }) =>
        computeReliability(this.inputs, questionnaireVersionId),
      isPermanent: (error) => error instanceof PermanentReliabilityError,
      label: 'reliability run',
      failure: 'The reliability could not be computed',
      logger: this.logger,
      summary: (result) => `n = ${result.n}`,
    });
    return { runId, status };
  }
}

/**
 * Streams the keyed likert rows of one version's submissions in id order, RELIABILITY_CHUNK
 * at a time, all from one snapshot.
 */
export async function computeReliability(
  inputs: ReliabilityInputRepository,
  versionId: string,
  chunk = RELIABILITY_CHUNK,
): Promise<ReliabilityResultJson> {
  return inputs.inSnapshot(versionId, async (snapshot) => {
    const version = await snapshot.version();
    if (!version) {
      throw new PermanentReliabilityError('the questionnaire version no longer exists');
    }
    if (version.status !== 'published') {
      throw new PermanentReliabilityError('only a published questionnaire version is analysed');
    }
    const reliability = new QuestionnaireReliabilityAccumulator(version.definition);
    if (reliability.width === 0) {
      throw new PermanentReliabilityError('the questionnaire has no likert items to analyse');
    }
    let n = 0;
    let after: string | null = null;
    for (;;) {
      const rows = await snapshot.keyedRows(after, chunk);
      for (const { row } of rows) if (reliability.addStoredRow(row)) n++;
      if (rows.length < chunk) break;
      after = rows[rows.length - 1].id;
    }
    return { n, skipped: reliability.skipped, dimensions: reliability.result() };
  });
}
