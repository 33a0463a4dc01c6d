import type { TeamRoleMap } from '@rolefit/domain';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ThreadInput, ThreadMessage } from './thread-protocol';

/** The analysis input is invalid (not a transient failure): retrying cannot help. */
export class InvalidAnalysisInputError extends Error {}

/**
 * Computes a team-role map in a worker thread with bounded memory, reporting progress.
 * The thread is the compiled team-analysis.thread.js next to this file.
 */
export function computeInThread(
  input: ThreadInput,
  onProgress: (fraction: number) => void,
  maxOldGenerationSizeMb = 1024,
): Promise<TeamRoleMap> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(join(__dirname, 'team-analysis.thread.js'), {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb },
    });
    let settled = false;
    thread.on('message', (message: ThreadMessage) => {
      if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'result') {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(new InvalidAnalysisInputError(message.message));
      }
    });
    thread.on('error', (error: unknown) => {
      settled = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    });
    thread.on('exit', (code) => {
      if (!settled) reject(new Error(`analysis thread exited with code ${code}`));
    });
  });
}
