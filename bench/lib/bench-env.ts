import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A private database and queue prefix for one benchmark module, so it never disturbs anyone
 * else's tests on the shared PostgreSQL and Redis. The API and worker processes create and
 * migrate the database themselves at start (as in production); `dispose` drops it and deletes
 * the prefix's Redis keys.
 */
export interface BenchEnv {
  databaseUrl: string;
  queuePrefix: string;
  /** Environment for the API and worker processes. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export function createBenchEnv(module: string, keep = false): BenchEnv {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const tag = `${stamp}_${module}_${process.pid}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/rolefit_bench_${tag}`;
  const databaseUrl = url.toString();
  const queuePrefix = `rfbench_${tag}`.slice(0, 40);
  return {
    databaseUrl,
    queuePrefix,
    env: {
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      JWT_TTL_SECONDS: '86400',
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'warn',
      // Sign-ups and log-ins are rate-limited per address; the benchmark makes many of them.
      AUTH_RATE_LIMIT: '1000000',
      // Production needs an SMTP server; benchmarks read no mail, so nothing listens here and
      // the worker keeps any candidate mail queued.
      SMTP_URL: 'smtp://127.0.0.1:9',
    },
    dispose: async () => {
      if (keep) {
        console.log(`(kept database ${databaseUrl} and queue prefix ${queuePrefix})`);
        return;
      }
      await dropDatabase(databaseUrl);
      await deleteRedisKeys(queuePrefix);
    },
  };
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^rolefit_bench_[a-zA-Z0-9_]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** A direct connection to the benchmark database, for seeding and for reading results. */
export async function connect(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}
