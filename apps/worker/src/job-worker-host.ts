import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';

/**
 * What every Rolefit processor shares: its concurrency comes from WORKER_CONCURRENCY (the
 * decorator's options are fixed at import time, so it is applied once the BullMQ worker
 * exists), and Redis connection errors are reported once per distinct message instead of
 * ioredis printing a stack trace for every reconnect attempt while Redis is away.
 */
export abstract class JobWorkerHost extends WorkerHost implements OnApplicationBootstrap {
  protected abstract readonly logger: Logger;
  private lastConnectionError = '';

  constructor(protected readonly config: AppConfig) {
    super();
  }

  /** Jobs this processor runs at once; WORKER_CONCURRENCY unless a queue needs its own. */
  protected concurrency(): number {
    return this.config.WORKER_CONCURRENCY;
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency();
    this.logger.log(`queue ${this.worker.name}: concurrency ${this.worker.concurrency}`);
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (error.message === this.lastConnectionError) return;
    this.lastConnectionError = error.message;
    this.logger.warn(`BullMQ worker: ${error.message}`);
  }
}
