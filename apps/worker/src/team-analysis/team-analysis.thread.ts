/**
 * Runs one team analysis off the worker's main thread, so a long solve never blocks the
 * event loop that renews BullMQ's job lock (a blocked loop makes the job "stalled" and run twice).
 */
import { computeTeamRoleMap } from '@rolefit/domain';
import { parentPort, workerData } from 'node:worker_threads';
import type { ThreadInput, ThreadMessage } from './thread-protocol';

const input = workerData as ThreadInput;
const post = (message: ThreadMessage) => parentPort?.postMessage(message);

try {
  const result = computeTeamRoleMap(input.snapshot, {
    gapThreshold: input.gapThreshold,
    onProgress: (fraction) => post({ type: 'progress', fraction }),
  });
  post({ type: 'result', result });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
