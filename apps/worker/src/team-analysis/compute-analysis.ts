import { computeTeamRoleMap, type TeamRoleMap } from '@rolefit/domain';
import { computeInThread, InvalidAnalysisInputError } from './run-in-thread';
import type { ThreadInput } from './thread-protocol';

/**
 * Snapshots up to this many member × role cells (required and other roles) are computed on
 * the worker's own thread: a 2,000-member × 10-role map takes ≈ 10 ms there, far less than the
 * ≈ 60 ms it costs to start a thread and load the domain library in it, and far less than the
 * 10 s BullMQ lock a blocked event loop could lose. Larger snapshots (an organisation-wide
 * 5,000 × 50 solve takes ≈ 0.2–0.6 s) still go to a thread with a memory limit.
 */
export const INLINE_MAX_CELLS = 20_000;

/**
 * Solver threads at once per worker process: each may use up to 1 GiB, so more analyses at a
 * time (ANALYSIS_CONCURRENCY) never means more large solves in memory at a time.
 */
export const MAX_THREADS = 2;

let threadsInUse = 0;
const waitingForThread: Array<() => void> = [];

async function withThread<T>(run: () => Promise<T>): Promise<T> {
  while (threadsInUse >= MAX_THREADS) {
    await new Promise<void>((resolve) => waitingForThread.push(resolve));
  }
  threadsInUse++;
  try {
    return await run();
  } finally {
    threadsInUse--;
    waitingForThread.shift()?.();
  }
}

export function analysisCells(input: ThreadInput): number {
  const { members, roles, otherRoles } = input.snapshot;
  return members.length * Math.max(1, roles.length + otherRoles.length);
}

/**
 * The solving step: small analyses in place, large ones in a worker thread. Either way a bad
 * snapshot is an InvalidAnalysisInputError (permanent, not retried), and progress is reported
 * only where there is time to watch it (the thread).
 */
export async function computeAnalysis(
  input: ThreadInput,
  onProgress: (fraction: number) => void,
): Promise<TeamRoleMap> {
  if (analysisCells(input) > INLINE_MAX_CELLS) {
    return withThread(() => computeInThread(input, onProgress));
  }
  try {
    return computeTeamRoleMap(input.snapshot, { gapThreshold: input.gapThreshold });
  } catch (error) {
    // The map is a pure function of the snapshot: what fails once fails every time.
    throw new InvalidAnalysisInputError(error instanceof Error ? error.message : String(error));
  }
}
