import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/**
 * A BullMQ WorkerHost that reports Redis connection errors once per distinct message, instead
 * of ioredis printing a stack trace for every reconnect attempt while Redis is away.
 */
export abstract class QuietWorkerHost extends WorkerHost {
  protected abstract readonly logger: Logger;
  private lastConnectionError = '';

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (error.message === this.lastConnectionError) return;
    this.lastConnectionError = error.message;
    this.logger.warn(`BullMQ worker: ${error.message}`);
  }
}
