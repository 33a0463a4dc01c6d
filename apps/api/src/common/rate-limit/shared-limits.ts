import { Global, Injectable, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { FixedWindowLimiter, type LimitDecision } from './fixed-window-limiter';

/** INCR, and start the window on the first hit; returns [count, ms left in the window]. */
const HIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

export interface SharedLimitOptions {
  limit: number;
  windowMs: number;
}

/**
 * A fixed-window limit whose counts live in Redis, so every API process shares them: a flood
 * spread over several processes meets one limit. Keys are hashed (no addresses or emails in
 * Redis). If Redis cannot answer within ~250 ms, the process falls back to its own in-memory
 * window with the same limit (logged once), so an outage never opens the door completely nor
 * takes logins down with it.
 */
export class SharedLimit {
  private readonly fallback: FixedWindowLimiter;

  constructor(
    private readonly owner: SharedLimits,
    readonly name: string,
    private options: SharedLimitOptions,
  ) {
    this.fallback = new FixedWindowLimiter(options);
  }

  get limit(): number {
    return this.options.limit;
  }

  /** Changes limit or window (tests, tuning). */
  configure(options: Partial<SharedLimitOptions>): void {
    this.options = { ...this.options, ...options };
    this.fallback.configure(options);
  }

  /** Counts one hit for `key`; refused once more than `limit` hits fall in the window. */
  async hit(key: string): Promise<LimitDecision> {
    const counted = await this.owner.run<[number, number]>((redis) =>
      redis.eval(HIT, 1, this.redisKey(key), String(this.options.windowMs)),
    );
    if (!counted) return this.fallback.hit(key);
    const [count, ttl] = counted;
    return count <= this.options.limit
      ? { allowed: true, retryAfterSeconds: 0 }
      : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  /** Whether `key` has spent its budget, without counting. */
  async blocked(key: string): Promise<LimitDecision> {
    const seen = await this.owner.run<[string | null, number]>(async (redis) => {
      const k = this.redisKey(key);
      const [[, count], [, ttl]] = (await redis.multi().get(k).pttl(k).exec()) as [
        [unknown, string | null],
        [unknown, number],
      ];
      return [count, ttl];
    });
    if (!seen) return this.fallback.blocked(key);
    const [count, ttl] = seen;
    return Number(count ?? 0) < this.options.limit
      ? { allowed: true, retryAfterSeconds: 0 }
      : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  /** Forgets one key's count, or every count of this limit. */
  async reset(key?: string): Promise<void> {
    this.fallback.reset(key);
    await this.owner.run(async (redis) => {
      if (key !== undefined) return redis.del(this.redisKey(key));
      const keys = await redis.keys(`${this.owner.prefix}:${this.name}:*`);
      return keys.length ? redis.del(...keys) : 0;
    });
  }

  private redisKey(key: string): string {
    const hashed = createHash('sha256').update(key).digest('base64url').slice(0, 22);
    return `${this.owner.prefix}:${this.name}:${hashed}`;
  }
}

/** The one Redis connection of the API's rate limits, and the factory of SharedLimit. */
@Injectable()
export class SharedLimits implements OnModuleDestroy {
  private readonly logger = new Logger(SharedLimits.name);
  private readonly redis: Redis;
  private failing = false;
  readonly prefix: string;

  constructor(config: AppConfig) {
    this.prefix = config.RATE_LIMIT_PREFIX;
    this.redis = new Redis(config.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      commandTimeout: 250,
      retryStrategy: () => 1000,
    });
    this.redis.on('error', () => undefined);
  }

  create(name: string, options: SharedLimitOptions): SharedLimit {
    return new SharedLimit(this, name, options);
  }

  /** Runs a Redis call; undefined (and one warning per outage) when Redis cannot answer. */
  async run<T>(call: (redis: Redis) => Promise<unknown>): Promise<T | undefined> {
    try {
      const result = (await call(this.redis)) as T;
      if (this.failing) this.logger.log('rate limits shared through Redis again');
      this.failing = false;
      return result;
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(
          `rate limits fall back to this process (Redis: ${(error as Error).message})`,
        );
      }
      this.failing = true;
      return undefined;
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

@Global()
@Module({ providers: [SharedLimits], exports: [SharedLimits] })
export class SharedLimitsModule {}
