import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@rolefit/config';
import { Redis } from 'ioredis';

/**
 * Pings Redis on a connection of its own that never queues commands while disconnected,
 * so readiness answers "down" at once instead of hanging when Redis is away.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {
    this.client = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      retryStrategy: () => 1000,
    });
    // Errors are reported through the health check; keep them out of the error log spam.
    this.client.on('error', () => undefined);
  }

  check(key: string) {
    return this.health
      .check(key)
      .attempt(async () => {
        if (this.client.status === 'wait') await this.client.connect();
        await this.client.ping();
      })
      .withTimeout(1000);
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
