import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionnaireDefinition, QuestionnaireItem } from '@rolefit/domain';
import { queryRows } from '@rolefit/persistence';
import { JobPayloads, QueueName } from '@rolefit/queues';
import { Job, UnrecoverableError } from 'bullmq';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { KeyedRowReliability } from './keyed-row-reliability';
import { JobWorkerHost } from '../job-worker-host';

/** Rows per query while streaming submissions (keyset pagination by id). */
export const RELIABILITY_CHUNK = 2000;

interface VersionRow {
  status: string;
  title: string;
  locales: QuestionnaireDefinition['locales'];
  scale: QuestionnaireDefinition['scale'];
  items: QuestionnaireItem[];
}

/** A failure that retrying cannot fix: stored as the run's reason, not retried. */
export class PermanentReliabilityError extends Error {}

export interface ReliabilityResultJson {
  n: number;
  /** Submissions left out because their likert row was incomplete (normally 0). */
  skipped: number;
  dimensions: ReturnType<KeyedRowReliability['result']>;
}

/**
 * Computes a questionnaire reliability run over every complete submission of its pinned
 * version. Idempotent: a completed run is never recomputed or overwritten, so a job that
 * runs again after a crash (or is relayed twice) completes once. Transient failures are
 * retried by BullMQ; the last failure, or a permanent one, is stored as the run's reason.
 */
@Processor(QueueName.QuestionnaireReliability, {
  lockDuration: 30_000,
  stalledInterval: 15_000,
  maxStalledCount: 3,
})
export class ReliabilityProcessor extends JobWorkerHost {
  protected readonly logger = new Logger(ReliabilityProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    super(config);
  }

  async process(
    job: Job<JobPayloads[QueueName.QuestionnaireReliability]>,
  ): Promise<{ runId: string; status: string }> {
    const { runId, organizationId } = job.data;
    const started = await queryRows<{ questionnaire_version_id: string }>(
      this.dataSource,
      `UPDATE reliability_runs
          SET status = 'running', attempts = attempts + 1, started_at = now(), error = NULL
        WHERE id = $1 AND organization_id = $2 AND status <> 'completed'
        RETURNING questionnaire_version_id`,
      [runId, organizationId],
    );
    if (started.length === 0) return { runId, status: 'already completed or missing' };

    const t0 = performance.now();
    try {
      const result = await computeReliability(this.dataSource, started[0].questionnaire_version_id);
      const durationMs = Math.round(performance.now() - t0);
      const written = await queryRows<{ id: string }>(
        this.dataSource,
        `UPDATE reliability_runs
            SET status = 'completed', result = $2, n = $3, duration_ms = $4,
                completed_at = now(), error = NULL
          WHERE id = $1 AND status <> 'completed'
          RETURNING id`,
        [runId, JSON.stringify(result), result.n, durationMs],
      );
      this.logger.log(
        `reliability run ${runId} ${written.length ? 'completed' : 'was already completed'}: ` +
          `n = ${result.n} in ${durationMs} ms`,
      );
      return { runId, status: 'completed' };
    } catch (error) {
      const permanent = error instanceof PermanentReliabilityError;
      const lastAttempt = this.isLastAttempt(job);
      if (permanent || lastAttempt) {
        await this.dataSource.query(
          `UPDATE reliability_runs SET status = 'failed', error = $2, completed_at = now()
            WHERE id = $1 AND status <> 'completed'`,
          [runId, `The reliability could not be computed: ${(error as Error).message}`],
        );
      } else {
        // Back to queued while BullMQ waits to retry, so readers do not see a stuck "running".
        await this.dataSource
          .query(
            `UPDATE reliability_runs SET status = 'queued', error = $2
              WHERE id = $1 AND status = 'running'`,
            [
              runId,
              `Attempt ${job.attemptsMade + 1} failed, retrying: ${(error as Error).message}`,
            ],
          )
          .catch(() => undefined);
      }
      if (permanent) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}

/**
 * Streams the keyed likert rows of one version's submissions in id order, RELIABILITY_CHUNK
 * at a time, inside one REPEATABLE READ transaction so every chunk sees the same snapshot
 * (a submission arriving meanwhile is either wholly in or wholly out).
 */
export async function computeReliability(
  dataSource: DataSource,
  versionId: string,
  chunk = RELIABILITY_CHUNK,
): Promise<ReliabilityResultJson> {
  return dataSource.transaction('REPEATABLE READ', async (tx) => {
    const versions = await queryRows<VersionRow>(
      tx,
      `SELECT status, title, locales, scale, items FROM questionnaire_versions WHERE id = $1`,
      [versionId],
    );
    if (versions.length === 0) {
      throw new PermanentReliabilityError('the questionnaire version no longer exists');
    }
    if (versions[0].status !== 'published') {
      throw new PermanentReliabilityError('only a published questionnaire version is analysed');
    }
    const { title, locales, scale, items } = versions[0];
    const reliability = new KeyedRowReliability({ title, locales, scale, items });
    if (reliability.width === 0) {
      throw new PermanentReliabilityError('the questionnaire has no likert items to analyse');
    }
    let n = 0;
    let after: string | null = null;
    for (;;) {
      // Text, split in JS: cheaper than the driver's generic array parser for 60-wide rows.
      const rows: { id: string; s: string | null }[] = await queryRows(
        tx,
        `SELECT id, array_to_string(likert_keyed, ',') AS s FROM assessments
          WHERE questionnaire_version_id = $1 AND status = 'submitted'
            ${after === null ? '' : 'AND id > $3'}
          ORDER BY id LIMIT $2`,
        after === null ? [versionId, chunk] : [versionId, chunk, after],
      );
      for (const row of rows) {
        if (reliability.add(row.s === null ? null : row.s.split(',').map(Number))) n++;
      }
      if (rows.length < chunk) break;
      after = rows[rows.length - 1].id;
    }
    return { n, skipped: reliability.skipped, dimensions: reliability.result() };
  });
}
