import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { API_ENTRY, requireBuilt, WORKER_ENTRY } from './paths';
import { sleep } from './stats';

/** A child Node process started by a benchmark, with its output kept for error messages. */
export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts `node <entry>` with the benchmark's environment. `ready` is polled until it returns
 * true; the process dying first, or `timeoutMs` passing, fails with its output.
 */
export async function startNodeProcess(options: {
  name: string;
  entry: string;
  args?: string[];
  env: Record<string, string>;
  ready: (output: string) => boolean | Promise<boolean>;
  timeoutMs?: number;
  nodeArgs?: string[];
}): Promise<ManagedProcess> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), requireBuilt(options.entry), ...(options.args ?? [])],
    {
      env: { ...process.env, NODE_OPTIONS: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  // Keep the tail only: a worker at LOG_LEVEL=info logs a line per job.
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      resolve();
    }),
  );
  const managed: ManagedProcess = {
    name: options.name,
    child,
    pid: child.pid ?? -1,
    output: () => out,
    stop: async (graceMs = 15_000) => {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (exitCode !== undefined) {
      throw new Error(`${options.name} exited with ${exitCode} before it was ready:\n${out}`);
    }
    if (await options.ready(out)) return managed;
    if (Date.now() > deadline) {
      await managed.stop(1000);
      throw new Error(`${options.name} was not ready in time:\n${out}`);
    }
    await sleep(100);
  }
}

/** The real API (dist/api/.../main.js): migrates its database, then listens. */
export async function startApi(
  env: Record<string, string>,
): Promise<{ process: ManagedProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = await startNodeProcess({
    name: 'api',
    entry: API_ENTRY,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    ready: async () => {
      try {
        const res = await fetch(`${url}/api/v1/health/live`);
        await res.arrayBuffer();
        return res.ok;
      } catch {
        return false;
      }
    },
  });
  return { process: api, url };
}

/** The real worker (dist/worker/.../main.js), ready once it says so (needs LOG_LEVEL=info). */
export function startWorker(env: Record<string, string>, name = 'worker'): Promise<ManagedProcess> {
  return startNodeProcess({
    name,
    entry: WORKER_ENTRY,
    env: { ...env, LOG_LEVEL: 'info' },
    ready: (out) => out.includes('worker started'),
  });
}

/** VmRSS and VmHWM (peak resident set) of a live process, in MiB, from /proc. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * Resets a process's VmHWM to its current RSS (Linux: writing 5 to clear_refs), so the peak
 * read afterwards belongs to the measured run only. Returns false where that is not allowed.
 */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
