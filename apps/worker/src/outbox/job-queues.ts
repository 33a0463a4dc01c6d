import { getQueueToken } from '@nestjs/bullmq';
import { Logger, type Provider } from '@nestjs/common';
import type { OutboxMessage } from '@rolefit/persistence';
import { DEFAULT_JOB_OPTIONS, QUEUES, queueNamed } from '@rolefit/queues';
import type { Queue } from 'bullmq';

/**
 * The BullMQ queues the worker hands jobs to (outbox relay, lost-job reconciler), looked up by
 * the name stored in the outbox. Jobs always go in with their fixed id and the default retry
 * options.
 */
export class JobQueues {
  private readonly logger = new Logger(JobQueues.name);
  private readonly byName = new Map<string, Queue>();
  private lastRedisError = '';

  constructor(queues: Queue[]) {
    for (const queue of queues) {
      this.byName.set(queue.name, queue);
      // Without a listener, ioredis prints a stack trace per reconnect attempt while Redis is
      // away; one structured line per distinct error is enough.
      queue.on('error', (error: Error) => {
        if (error.message === this.lastRedisError) return;
        this.lastRedisError = error.message;
        this.logger.warn(`queue ${queue.name}: ${error.message}`);
      });
    }
  }

  get(name: string): Queue {
    const queue = this.byName.get(queueNamed(name).name);
    if (!queue) throw new Error(`queue ${name} is not registered in this process`);
    return queue;
  }

  async add(queue: string, jobName: string, data: unknown, jobId: string): Promise<void> {
    const options = queueNamed(queue).jobOptions ?? DEFAULT_JOB_OPTIONS;
    await this.get(queue).add(jobName, data, { ...options, jobId });
  }

  /**
   * Adds messages in one round trip per queue (BullMQ addBulk: a job whose id exists already
   * is left as it is, as with add), keeping their order within each queue.
   */
  async addMany(messages: readonly OutboxMessage[]): Promise<void> {
    const byQueue = new Map<string, OutboxMessage[]>();
    for (const message of messages) {
      const list = byQueue.get(message.queue) ?? [];
      list.push(message);
      byQueue.set(message.queue, list);
    }
    for (const [queue, list] of byQueue) {
      const options = queueNamed(queue).jobOptions ?? DEFAULT_JOB_OPTIONS;
      await this.get(queue).addBulk(
        list.map((m) => ({
          name: m.jobName,
          data: m.payload,
          opts: { ...options, jobId: m.jobId },
        })),
      );
    }
  }
}

/** JobQueues over every queue of libs/queues (registered with BullModule.registerQueue). */
export const JOB_QUEUES_PROVIDER: Provider = {
  provide: JobQueues,
  inject: QUEUES.map((queue) => getQueueToken(queue.name)),
  useFactory: (...queues: Queue[]) => new JobQueues(queues),
};
