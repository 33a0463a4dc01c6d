import { type Job, UnrecoverableError } from 'bullmq';
import { performance } from 'node:perf_hooks';

/** How a run row moves; implemented by the run's repository in libs/persistence. */
export interface RunLifecycle<Started, Result> {
  /** Counts an attempt and marks the row running; null when it is completed or gone. */
  markRunning(id: string, organizationId: string): Promise<Started | null>;
  /**
   * Stores the result unless already completed; true when this call completed it. `unmarked`:
   * the run took the quick path and was never marked running, so this also counts the attempt
   * and records when it started.
   */
  markCompleted(
    id: string,
    result: Result,
    durationMs: number,
    unmarked?: boolean,
  ): Promise<boolean>;
  markFailed(id: string, reason: string): Promise<void>;
  /** Between attempts (optional): e.g. back to queued so readers do not see a stuck "running". */
  markRetrying?(id: string, reason: string): Promise<void>;
  /**
   * The quick path (optional, with TrackedRun.isQuick): the run's input read without writing
   * anything; null when it is completed or gone.
   */
  peek?(id: string, organizationId: string): Promise<Started | null>;
}

export interface TrackedRun<Started, Result> {
  job: Job;
  runId: string;
  organizationId: string;
  runs: RunLifecycle<Started, Result>;
  compute(started: Started): Promise<Result>;
  /** A failure that retrying cannot fix: stored at once and not retried. */
  isPermanent(error: unknown): boolean;
  /** Names the run in logs, e.g. "analysis". */
  label: string;
  /** Starts the stored reason of a failure, e.g. "The analysis could not be computed". */
  failure: string;
  logger: { log(message: string): void };
  /** Extra words for the completion log line, e.g. "n = 120". */
  summary?(result: Result): string;
  /**
   * Whether a peeked input computes so fast that its "running" state would never be seen: such
   * a run is computed straight away and written once (completed, with its attempt counted)
   * instead of twice. Every write of a run row is a commit (and may NOTIFY, which PostgreSQL
   * serialises across the whole cluster), so for small runs this halves the work that limits
   * throughput. Needs runs.peek.
   */
  isQuick?(started: Started): boolean;
}

export type TrackedRunOutcome = 'completed' | 'already completed or missing';

/**
 * The one run lifecycle every processor with a run row uses: running → completed once, or
 * failed on a permanent error or on BullMQ's last attempt. Idempotent: a completed run is
 * never recomputed or overwritten, so a job that runs again after a crash (or is relayed
 * twice) completes once. Transient errors are rethrown for BullMQ to retry.
 */
export async function runTracked<Started, Result>(
  run: TrackedRun<Started, Result>,
): Promise<TrackedRunOutcome> {
  const { runId, runs } = run;
  if (runs.peek && run.isQuick) {
    const input = await runs.peek(runId, run.organizationId);
    if (input === null) return 'already completed or missing';
    if (run.isQuick(input)) {
      const t0 = performance.now();
      let result: Result;
      try {
        result = await run.compute(input);
      } catch (error) {
        // Counts the attempt (and shows "running") before the failure is recorded as usual.
        await runs.markRunning(runId, run.organizationId);
        return failed(run, error);
      }
      return completed(run, result, t0, true);
    }
  }
  const started = await runs.markRunning(runId, run.organizationId);
  if (started === null) return 'already completed or missing';
  const t0 = performance.now();
  let result: Result;
  try {
    result = await run.compute(started);
  } catch (error) {
    return failed(run, error);
  }
  return completed(run, result, t0, false);
}

async function completed<Started, Result>(
  run: TrackedRun<Started, Result>,
  result: Result,
  t0: number,
  unmarked: boolean,
): Promise<TrackedRunOutcome> {
  const durationMs = Math.round(performance.now() - t0);
  let wrote: boolean;
  try {
    wrote = await run.runs.markCompleted(run.runId, result, durationMs, unmarked);
  } catch (error) {
    return failed(run, error);
  }
  const summary = run.summary ? `: ${run.summary(result)}` : '';
  run.logger.log(
    `${run.label} ${run.runId} ${wrote ? 'completed' : 'was already completed'}${summary} in ${durationMs} ms`,
  );
  return 'completed';
}

/** Records a failure (or the coming retry) and rethrows for BullMQ. */
async function failed<Started, Result>(
  run: TrackedRun<Started, Result>,
  error: unknown,
): Promise<never> {
  const { job, runId, runs } = run;
  const message = error instanceof Error ? error.message : String(error);
  const permanent = run.isPermanent(error);
  if (permanent || isLastAttempt(job)) {
    await runs.markFailed(runId, `${run.failure}: ${message}`);
  } else if (runs.markRetrying) {
    await runs
      .markRetrying(runId, `Attempt ${job.attemptsMade + 1} failed, retrying: ${message}`)
      .catch(() => undefined);
  }
  if (permanent) throw new UnrecoverableError(message);
  throw error;
}

/** BullMQ will not try this job again after the current attempt. */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
