import { type ManagedProcess, projectNode, startWorker } from '@rolefit/testkit';

export interface WorkerProcess {
  child: ManagedProcess['child'];
  output(): string;
  /** SIGTERM and wait for a clean exit; returns the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no cleanup at all, as in a crash. */
  kill(): Promise<void>;
}

/**
 * Starts the real, built worker (npm test builds first) against this run's database and
 * queue prefix: the e2e tests exercise the same process operators run. The specs only need
 * the exit code from stop(), so this narrows the kit's process to that.
 */
export async function startWorkerProcess(env: Record<string, string> = {}): Promise<WorkerProcess> {
  const worker = await startWorker({ env, node: projectNode(), timeoutMs: 30_000 });
  return {
    child: worker.child,
    output: () => worker.output(),
    stop: async () => (await worker.stop('SIGTERM', 60_000)).exit.code,
    kill: () => worker.kill(),
  };
}
