import { freePort, sleep, waitFor } from '@rolefit/testkit';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';

const LIVE = new Set<ChildProcess>();

export function killAllRedis(): void {
  for (const child of LIVE) child.kill('SIGKILL');
}

/**
 * A redis-server of the drill's own (loopback, a free port, its own folder), so stopping it
 * never touches the shared Redis. Persistence is on by default (append-only file, fsync every
 * second), as BullMQ recommends for production: a stopped Redis comes back with its queues.
 */
export class OwnRedis {
  private child?: ChildProcess;
  private out = '';

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly durable: boolean,
  ) {}

  static async create(durable = true): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), mkdtempSync('/tmp/rolefit-drill-redis-'), durable);
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
    const bin = process.env.DRILL_REDIS_SERVER ?? 'redis-server';
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
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

  /** SIGTERM: Redis flushes its append-only file and exits. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (this.running) {
      child.kill('SIGKILL');
      await exited;
    }
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
