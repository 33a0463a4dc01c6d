import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ReliabilityRunEntity } from '../entities';
import { queryRows } from '../query-rows';
import type { Tx } from './transactions';

export type ReliabilityRunRecord = Omit<
  ReliabilityRunEntity,
  'questionnaire' | 'questionnaireVersion'
>;

/** What a reliability run reports besides its per-dimension statistics. */
export interface ReliabilityRunResult {
  /** Complete submissions the result covers. */
  n: number;
}

/**
 * Questionnaire reliability runs (`reliability_runs`), requested by the API. The run lifecycle
 * written by the worker: running → completed once (never overwritten), back to queued between attempts, or
 * failed.
 */
@Injectable()
export class ReliabilityRunRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest queued or running run of a questionnaire version. */
  findActive(tx: Tx, questionnaireVersionId: string): Promise<ReliabilityRunRecord | null> {
    return tx.getRepository(ReliabilityRunEntity).findOne({
      where: { questionnaireVersionId, status: In(['queued', 'running']) },
      order: { createdAt: 'DESC' },
    });
  }

  /** A queued run of a pinned questionnaire version. */
  create(
    tx: Tx,
    run: Pick<
      ReliabilityRunRecord,
      'organizationId' | 'questionnaireId' | 'questionnaireVersionId' | 'version'
    >,
  ): Promise<ReliabilityRunRecord> {
    return tx.getRepository(ReliabilityRunEntity).save({
      ...run,
      status: 'queued' as const,
      error: null,
      result: null,
      n: null,
      startedAt: null,
      completedAt: null,
      durationMs: null,
    });
  }

  /** The newest run of a questionnaire (any version). */
  latest(organizationId: string, questionnaireId: string): Promise<ReliabilityRunRecord | null> {
    return this.dataSource.getRepository(ReliabilityRunEntity).findOne({
      where: { organizationId, questionnaireId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** Counts an attempt; returns the pinned questionnaire version, null when completed or gone. */
  async markRunning(
    id: string,
    organizationId: string,
  ): Promise<{ questionnaireVersionId: string } | null> {
    const rows = await queryRows<{ questionnaire_version_id: string }>(
      this.dataSource,
      `UPDATE reliability_runs
          SET status = 'running', attempts = attempts + 1, started_at = now(), error = NULL
        WHERE id = $1 AND organization_id = $2 AND status <> 'completed'
        RETURNING questionnaire_version_id`,
      [id, organizationId],
    );
    return rows.length === 0 ? null : { questionnaireVersionId: rows[0].questionnaire_version_id };
  }

  /** Stores the result unless already completed; true when this call completed it. */
  async markCompleted(
    id: string,
    result: ReliabilityRunResult,
    durationMs: number,
  ): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE reliability_runs
          SET status = 'completed', result = $2, n = $3, duration_ms = $4,
              completed_at = now(), error = NULL
        WHERE id = $1 AND status <> 'completed'
        RETURNING id`,
      [id, JSON.stringify(result), result.n, Math.round(durationMs)],
    );
    return rows.length > 0;
  }

  async markFailed(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reliability_runs SET status = 'failed', error = $2, completed_at = now()
        WHERE id = $1 AND status <> 'completed'`,
      [id, reason],
    );
  }

  /** Back to queued while BullMQ waits to retry, so readers do not see a stuck "running". */
  async markRetrying(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reliability_runs SET status = 'queued', error = $2 WHERE id = $1 AND status = 'running'`,
      [id, reason],
    );
  }
}
