import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, WriteStream } from 'node:fs';
import { join } from 'node:path';
import { httpRequest } from './http';
import { repoRoot, sleep, waitFor } from './util';

export const API_ENTRY = 'dist/api/apps/api/src/main.js';
export const WORKER_ENTRY = 'dist/worker/apps/worker/src/main.js';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Every child the drills started, so an interrupted run leaves nothing behind. */
const LIVE = new Set<ManagedProcess>();

export function killAllChildren(): void {
  for (const p of LIVE) p.child.kill('SIGKILL');
}

/**
 * A real, built Rolefit process (api or worker) started by a drill: its output is kept in
 * memory and in a log file, and it can be stopped (signal, then SIGKILL after a timeout) or
 * killed outright.
 */
export class ManagedProcess {
  readonly exited: Promise<ExitInfo>;
  exitInfo?: ExitInfo;
  private out = '';
  private readonly file: WriteStream;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
    logPath: string,
  ) {
    this.file = createWriteStream(logPath, { flags: 'a' });
    const collect = (d: Buffer) => {
      this.out += d.toString();
      this.file.write(d);
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
    child.on('close', () => this.file.end());
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

  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    await waitFor(
      `${this.name} to print ${pattern}`,
      () => {
        if (pattern.test(this.out)) return true;
        if (!this.running) {
          throw new Error(`${this.name} exited (${describeExit(this.exitInfo)}):\n${this.tail()}`);
        }
        return undefined;
      },
      timeoutMs,
      50,
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
      // With DRILL_NODE_OPTIONS=--report-on-signal this writes a diagnostic report first.
      if (process.env.DRILL_NODE_OPTIONS?.includes('--report-on-signal')) {
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

  tail(lines = 30): string {
    return this.lines().slice(-lines).join('\n');
  }
}

export function describeExit(exit: ExitInfo | undefined): string {
  if (!exit) return 'running';
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

function spawnBuilt(
  name: string,
  entry: string,
  env: Record<string, string>,
  logDir: string,
): ManagedProcess {
  const root = repoRoot();
  const path = join(root, entry);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  const child = spawn(process.execPath, [path], {
    cwd: root,
    // DRILL_NODE_OPTIONS, e.g. "--report-on-signal", reaches the processes under test.
    env: { ...process.env, NODE_OPTIONS: process.env.DRILL_NODE_OPTIONS ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new ManagedProcess(name, child, join(logDir, `${name}.log`));
}

/** Starts the built API and waits until /health/live answers. */
export async function startApi(
  name: string,
  env: Record<string, string>,
  logDir: string,
): Promise<ManagedProcess> {
  const p = spawnBuilt(name, API_ENTRY, env, logDir);
  const base = `http://127.0.0.1:${env.PORT}`;
  try {
    await waitFor(
      `${name} to answer /health/live`,
      async () => {
        if (!p.running)
          throw new Error(`${name} exited (${describeExit(p.exitInfo)}):\n${p.tail()}`);
        const res = await httpRequest({ base, method: 'GET', path: '/api/v1/health/live' });
        return res.status === 200 ? true : undefined;
      },
      60_000,
      100,
    );
  } catch (error) {
    await p.kill();
    throw error;
  }
  return p;
}

/** Starts the built worker and waits for its "worker started" line. */
export async function startWorker(
  name: string,
  env: Record<string, string>,
  logDir: string,
): Promise<ManagedProcess> {
  const p = spawnBuilt(name, WORKER_ENTRY, env, logDir);
  try {
    await p.waitForOutput(/worker started/, 60_000);
  } catch (error) {
    await p.kill();
    throw error;
  }
  return p;
}
