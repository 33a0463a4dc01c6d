import { ManagedProcess, OwnRedis, repoRoot, startApi, startWorker } from '@rolefit/testkit';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { OwnPostgres } from './postgres';
import { log } from './log';

export interface DrillOptions {
  /** postgres-restart: `submissions` (default when the candidate routes exist) or `members`. */
  workload?: string;
}

const JWT_SECRET = randomBytes(32).toString('hex');

/**
 * What one drill runs on: its own database (in the drills' own PostgreSQL cluster), its own
 * Redis, queue prefix and ports, and a list of things to tear down afterwards.
 */
export class DrillContext {
  readonly logDir: string;
  readonly database: string;
  private readonly cleanups: { what: string; fn: () => Promise<unknown> }[] = [];

  constructor(
    readonly name: string,
    readonly pg: OwnPostgres,
    runDir: string,
    readonly runId: string,
    readonly options: DrillOptions,
  ) {
    this.logDir = join(runDir, name);
    mkdirSync(this.logDir, { recursive: true });
    this.database = `rolefit_drill_${name.replace(/-/g, '_')}_${runId}`;
  }

  defer(what: string, fn: () => Promise<unknown>): void {
    this.cleanups.push({ what, fn });
  }

  async cleanup(): Promise<void> {
    for (const { what, fn } of this.cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        log(`cleanup of ${what} failed: ${(error as Error).message}`);
      }
    }
    this.cleanups.length = 0;
  }

  /** The environment of the api and worker processes of this drill. */
  env(redis: OwnRedis, extra: Record<string, string> = {}): Record<string, string> {
    return {
      NODE_ENV: 'production',
      JWT_SECRET,
      DATABASE_URL: this.pg.url(this.database),
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `drill-${this.runId}`,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      // Every drill organisation signs up from 127.0.0.1.
      AUTH_RATE_LIMIT: '100000',
      // Production needs an SMTP server; drills that read mail pass their own inbox's URL.
      SMTP_URL: 'smtp://127.0.0.1:9',
      ...extra,
    };
  }

  async redis(durable = true): Promise<OwnRedis> {
    const redis = await OwnRedis.create({
      durable,
      ...(process.env.DRILL_REDIS_SERVER && { bin: process.env.DRILL_REDIS_SERVER }),
    });
    this.defer('redis', () => redis.destroy());
    return redis;
  }

  async api(
    name: string,
    redis: OwnRedis,
    extra: Record<string, string> = {},
  ): Promise<{ proc: ManagedProcess; base: string }> {
    const { process: proc, url } = await startApi({
      ...this.processOptions(name),
      env: this.env(redis, extra),
    });
    this.defer(name, () => proc.stop('SIGTERM', 15_000));
    return { proc, base: url };
  }

  async worker(
    name: string,
    redis: OwnRedis,
    extra: Record<string, string> = {},
  ): Promise<ManagedProcess> {
    const proc = await startWorker({ ...this.processOptions(name), env: this.env(redis, extra) });
    this.defer(name, () => proc.stop('SIGTERM', 30_000));
    return proc;
  }

  /** Logs in this drill's folder; DRILL_NODE_OPTIONS (e.g. --report-on-signal) reaches them. */
  private processOptions(name: string) {
    return {
      name,
      cwd: repoRoot(),
      logFile: join(this.logDir, `${name}.log`),
      nodeOptions: process.env.DRILL_NODE_OPTIONS ?? '',
      timeoutMs: 60_000,
    };
  }

  pool(): Pool {
    const pool = this.pg.pool(this.database);
    this.defer('database pool', () => pool.end());
    return pool;
  }
}
