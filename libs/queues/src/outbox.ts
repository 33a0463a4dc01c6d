import type { EntityManager } from 'typeorm';
import type { JobItem } from './jobs';

/**
 * Schedules a job by writing it to the outbox inside the caller's transaction: the job
 * exists if and only if the business change committed, whether or not Redis is up now.
 */
export async function enqueueInTransaction(manager: EntityManager, job: JobItem): Promise<void> {
  await manager.query(
    `INSERT INTO outbox_messages (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)`,
    [job.queue, job.queue, job.jobId, JSON.stringify(job.data)],
  );
  // Wakes the relay at once instead of at its next poll; harmless if nobody listens.
  await manager.query(`SELECT pg_notify('rolefit_outbox', '')`);
}
