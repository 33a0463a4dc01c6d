import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QueueName } from '@rolefit/queues';
import type { Queue } from 'bullmq';

/**
 * The BullMQ queues the worker hands jobs to (outbox relay, lost-job reconciler), by name.
 * Jobs always go in with their fixed id and the default retry options.
 */
@Injectable()
export class JobQueues {
  private readonly logger = new Logger(JobQueues.name);
  private readonly byName: Record<QueueName, Queue>;
  private lastRedisError = '';

  constructor(
    @InjectQueue(QueueName.TeamAnalysis) teamAnalysis: Queue,
    @InjectQueue(QueueName.QuestionnaireReliability) reliability: Queue,
  ) {
    this.byName = {
      [QueueName.TeamAnalysis]: teamAnalysis,
      [QueueName.QuestionnaireReliability]: reliability,
    };
    // Without a listener, ioredis prints a stack trace per reconnect attempt while Redis is
    // away; one structured line per distinct error is enough.
    for (const queue of Object.values(this.byName)) {
      queue.on('error', (error: Error) => {
        if (error.message === this.lastRedisError) return;
        this.lastRedisError = error.message;
        this.logger.warn(`queue ${queue.name}: ${error.message}`);
      });
    }
  }

  get(name: string): Queue {
    const queue = this.byName[name as QueueName];
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  async add(queue: string, jobName: string, data: unknown, jobId: string): Promise<void> {
    await this.get(queue).add(jobName, data, { ...DEFAULT_JOB_OPTIONS, jobId });
  }
}
