import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type ChannelListener, listenToChannel } from '../listen';
import { queryRows } from '../query-rows';

/** NOTIFY channel that wakes the outbox relay when a row is written. */
export const OUTBOX_CHANNEL = 'rolefit_outbox';

export interface OutboxMessage {
  id: string;
  queue: string;
  jobName: string;
  jobId: string;
  payload: Record<string, unknown>;
}

/** A queue whose jobs track one row each of `table`; the job id is `jobIdPrefix` + row id. */
export interface RunTableRef {
  table: string;
  jobIdPrefix: string;
}

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
}

const toMessage = (row: OutboxRow): OutboxMessage => ({
  id: row.id,
  queue: row.queue,
  jobName: row.job_name,
  jobId: row.job_id,
  payload: row.payload,
});

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The transactional outbox (`outbox_messages`): written inside the business transaction,
 * drained by the worker's relay, consulted by the lost-job reconciler.
 */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes a job inside the caller's transaction and wakes the relay (harmless if nobody listens). */
  async add(tx: EntityManager, message: Omit<OutboxMessage, 'id'>): Promise<void> {
    await tx.query(
      `INSERT INTO outbox_messages (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)`,
      [message.queue, message.jobName, message.jobId, JSON.stringify(message.payload)],
    );
    await tx.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
  }

  /**
   * Hands up to `limit` undispatched rows to `dispatch` (all at once, oldest first) and marks
   * them dispatched, in one transaction. Rows are locked with SKIP LOCKED (several workers
   * share the work); if `dispatch` throws (Redis down) the transaction rolls back and the rows
   * wait.
   */
  relayBatch(
    limit: number,
    dispatch: (messages: OutboxMessage[]) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await queryRows<OutboxRow>(
        tx,
        `SELECT id, queue, job_name, job_id, payload FROM outbox_messages
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      await dispatch(rows.map(toMessage));
      await tx.query(
        `UPDATE outbox_messages SET dispatched_at = now() WHERE id = ANY($1::bigint[])`,
        [rows.map((r) => r.id)],
      );
      return rows.length;
    });
  }

  /**
   * Dispatched messages (older than `graceSeconds`) whose run row in one of `runTables` is
   * still queued or running: the candidates for a job Redis may have lost.
   */
  async dispatchedUnfinished(
    runTables: readonly RunTableRef[],
    graceSeconds: number,
    limit: number,
  ): Promise<OutboxMessage[]> {
    if (runTables.length === 0) return [];
    const parameters: unknown[] = [`${graceSeconds} seconds`, limit];
    const unfinished = runTables
      .map(({ table, jobIdPrefix }) => {
        if (!IDENTIFIER.test(table)) throw new Error(`not a table name: ${table}`);
        parameters.push(jobIdPrefix);
        return `SELECT $${parameters.length}::text || id AS job_id FROM ${table}
                 WHERE status IN ('queued', 'running')`;
      })
      .join(' UNION ALL ');
    const rows = await queryRows<OutboxRow>(
      this.dataSource,
      `SELECT o.id, o.queue, o.job_name, o.job_id, o.payload
         FROM (${unfinished}) unfinished
         JOIN outbox_messages o ON o.job_id = unfinished.job_id
        WHERE o.dispatched_at < now() - $1::interval
        LIMIT $2`,
      parameters,
    );
    return rows.map(toMessage);
  }

  /**
   * A dedicated connection LISTENing for new outbox rows. `onLost` is called once if it
   * cannot connect or drops later (PostgreSQL restarted); the caller opens a new one.
   */
  listen(
    databaseUrl: string,
    onNotify: () => void,
    onLost: (error?: Error) => void,
  ): ChannelListener {
    return listenToChannel(databaseUrl, OUTBOX_CHANNEL, onNotify, onLost);
  }

  /** Deletes messages dispatched more than `retention` (an interval, e.g. '7 days') ago. */
  async pruneDispatched(retention: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM outbox_messages WHERE dispatched_at < now() - $1::interval`,
      [retention],
    );
  }
}
