import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { httpRequest } from './http-request';
import { API_ENTRY, requireBuilt, WORKER_ENTRY } from './paths';
import { freePort } from './ports';
import { sleep, waitFor } from './wait';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit(exit: ExitInfo | undefined): string {
  if (!exit) return 'running';
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

/** Every child still running, so an interrupted run can leave nothing behind. */
const LIVE = new Set<ManagedProcess>();

export function killAllChildren(): void {
  for (const p of LIVE) p.child.kill('SIGKILL');
}

export interface NodeProcessOptions {
  name: string;
  /** The script to run (must exist: the built API, worker or a tool). */
  entry: string;
  args?: string[];
  nodeArgs?: string[];
  env?: Record<string, string>;
  /** Default: the Node running us. */
  node?: string;
  /** NODE_OPTIONS of the child; default none, so a parent's flags (Jest's) never leak in. */
  nodeOptions?: string;
  cwd?: string;
  /** Also append the output to this file. */
  logFile?: string;
  /** Keep only about this many characters of output (a worker at info logs a line per job). */
  keepChars?: number;
}

/** A child Node process whose output is kept, that can be stopped (signal, then SIGKILL) or killed. */
export class ManagedProcess {
  readonly exited: Promise<ExitInfo>;
  exitInfo?: ExitInfo;
  private out = '';
  private readonly file?: WriteStream;
  private readonly reportsOnSignal: boolean;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
    options: { logFile?: string; keepChars?: number; nodeOptions?: string } = {},
  ) {
    this.reportsOnSignal = options.nodeOptions?.includes('--report-on-signal') ?? false;
    if (options.logFile) this.file = createWriteStream(options.logFile, { flags: 'a' });
    const keep = options.keepChars;
    const collect = (d: Buffer) => {
      this.out += d.toString();
      if (keep && this.out.length > 2 * keep) this.out = this.out.slice(-keep);
      this.file?.write(d);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    LIVE.add(this);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        LIVE.delete(this);
        resolve(this.exitInfo);
      }),
    );
    // Close the log once the pipes have drained.
    child.on('close', () => this.file?.end());
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  output(): string {
    return this.out;
  }

  lines(): string[] {
    return this.out.split('\n');
  }

  tail(lines = 30): string {
    return this.lines().slice(-lines).join('\n');
  }

  /** Resolves once the output matches; fails when the process exits first or time runs out. */
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    await this.waitUntil(
      `${this.name} to print ${pattern}`,
      () => pattern.test(this.out),
      timeoutMs,
    );
  }

  /** Polls `ready` until true; fails with the output when the process exits first. */
  async waitUntil(
    what: string,
    ready: () => boolean | Promise<boolean>,
    timeoutMs: number,
  ): Promise<void> {
    await waitFor(
      async () => {
        if (await ready()) return true;
        if (!this.running) {
          throw new Error(`${this.name} exited (${describeExit(this.exitInfo)}):\n${this.tail()}`);
        }
        return undefined;
      },
      timeoutMs,
      50,
      what,
    );
  }

  /** Sends `signal` and waits for the exit; SIGKILL after `timeoutMs` (then forced = true). */
  async stop(
    signal: NodeJS.Signals = 'SIGTERM',
    timeoutMs = 30_000,
  ): Promise<{ exit: ExitInfo; ms: number; forced: boolean }> {
    const started = Date.now();
    if (!this.running) return { exit: this.exitInfo!, ms: 0, forced: false };
    this.child.kill(signal);
    const timedOut = await Promise.race([
      this.exited.then(() => false),
      sleep(timeoutMs).then(() => true),
    ]);
    if (timedOut) {
      // Started with --report-on-signal: SIGUSR2 writes a diagnostic report of the hang first.
      if (this.reportsOnSignal) {
        this.child.kill('SIGUSR2');
        await sleep(2000);
      }
      this.child.kill('SIGKILL');
    }
    const exit = await this.exited;
    return { exit, ms: Date.now() - started, forced: timedOut };
  }

  /** SIGKILL: no cleanup at all, as in a crash or an OOM kill. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

export function spawnNode(options: NodeProcessOptions): ManagedProcess {
  const child = spawn(
    options.node ?? process.execPath,
    [...(options.nodeArgs ?? []), requireBuilt(options.entry), ...(options.args ?? [])],
    {
      cwd: options.cwd,
      env: { ...process.env, NODE_OPTIONS: options.nodeOptions ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new ManagedProcess(options.name, child, options);
}

/** Spawns, then waits for `ready` (given the output so far); killed if it never gets there. */
export async function startNode(
  options: NodeProcessOptions & {
    ready: (output: string) => boolean | Promise<boolean>;
    timeoutMs?: number;
  },
): Promise<ManagedProcess> {
  const p = spawnNode(options);
  try {
    await p.waitUntil(
      `${p.name} to be ready`,
      () => options.ready(p.output()),
      options.timeoutMs ?? 60_000,
    );
  } catch (error) {
    await p.kill();
    throw error;
  }
  return p;
}

type BuiltProcessOptions = Omit<NodeProcessOptions, 'name' | 'entry'> & {
  name?: string;
  timeoutMs?: number;
};

/**
 * The real, built API on loopback: migrates its database, then listens. Ready once
 * /health/live answers 200. A free port is chosen unless `port` is given (a restart).
 */
export async function startApi(
  options: BuiltProcessOptions & { port?: number },
): Promise<{ process: ManagedProcess; url: string }> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const api = await startNode({
    ...options,
    name: options.name ?? 'api',
    entry: API_ENTRY,
    env: { ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    ready: async () =>
      (await httpRequest({ base: url, method: 'GET', path: '/api/v1/health/live' })).status === 200,
  });
  return { process: api, url };
}

/** The real, built worker, ready once it logs "worker started" (so its LOG_LEVEL is info). */
export function startWorker(options: BuiltProcessOptions): Promise<ManagedProcess> {
  return startNode({
    ...options,
    name: options.name ?? 'worker',
    entry: WORKER_ENTRY,
    env: { ...options.env, LOG_LEVEL: 'info' },
    ready: (output) => output.includes('worker started'),
  });
}
