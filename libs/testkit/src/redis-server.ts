import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from './ports';
import { sleep, waitFor } from './wait';

const LIVE = new Set<ChildProcess>();

/** SIGKILLs every redis-server an OwnRedis started that is still running (a runner's last resort). */
export function killAllRedis(): void {
  for (const child of LIVE) child.kill('SIGKILL');
}

export interface OwnRedisOptions {
  /** Append-only file, fsync every second (as BullMQ recommends for production). Default: off. */
  durable?: boolean;
  /** The redis-server binary; default `redis-server`. */
  bin?: string;
}

/**
 * A private redis-server (loopback, its own port and folder), so a test or drill can stop and
 * start "Redis" without touching the one everything else shares. With `durable`, a stopped
 * Redis comes back with its queues.
 */
export class OwnRedis {
  private child?: ChildProcess;
  private out = '';
  private readonly dir = mkdtempSync('/tmp/rolefit-redis-');
  private readonly durable: boolean;
  private readonly bin: string;

  constructor(
    readonly port: number,
    options: OwnRedisOptions = {},
  ) {
    this.durable = options.durable ?? false;
    this.bin = options.bin ?? 'redis-server';
  }

  /** One on a free port, started. */
  static async create(options: OwnRedisOptions = {}): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), options);
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const args = [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--dir',
      this.dir,
      '--save',
      '',
      '--appendonly',
      this.durable ? 'yes' : 'no',
      '--appendfsync',
      'everysec',
      '--daemonize',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ];
    this.out = '';
    const child = spawn(this.bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    LIVE.add(child);
    child.on('exit', () => LIVE.delete(child));
    child.stdout?.on('data', (d: Buffer) => (this.out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.out += d.toString()));
    await waitFor(
      () => {
        if (/Ready to accept connections/.test(this.out)) return true;
        if (child.exitCode !== null) throw new Error(`redis-server exited:\n${this.out}`);
        return undefined;
      },
      15_000,
      50,
      `redis-server on ${this.port}`,
    );
  }

  /**
   * SIGTERM (the default): Redis flushes its append-only file and exits. SIGKILL: it dies at
   * once, as in a crash.
   */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await Promise.race([exited, sleep(10_000)]);
    if (this.running) {
      child.kill('SIGKILL');
      await exited;
    }
  }

  /** Stops it and removes its folder. */
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
