import { Injectable } from '@nestjs/common';
import { OutboxRepository } from '@rolefit/persistence';
import type { EntityManager } from 'typeorm';
import { jobIdOf, type JobPayloadBase, type QueueDescriptor } from './queue-descriptor';

/**
 * Schedules jobs by writing them to the outbox inside the caller's transaction: the job exists
 * if and only if the business change committed, whether or not Redis is up now.
 */
@Injectable()
export class JobOutbox {
  constructor(private readonly outbox: OutboxRepository) {}

  async enqueue<P extends JobPayloadBase>(
    tx: EntityManager,
    queue: QueueDescriptor<string, P>,
    payload: P,
  ): Promise<void> {
    await this.outbox.add(tx, {
      queue: queue.name,
      jobName: queue.name,
      jobId: jobIdOf(queue, payload),
      payload: { ...payload } as Record<string, unknown>,
    });
  }
}
