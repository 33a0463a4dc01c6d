import { type ManagedProcess } from '@rolefit/testkit';
import { Queue } from 'bullmq';
import type { Pool } from 'pg';

export interface AnalysisRow {
  id: string;
  status: string;
  attempts: number;
  progress: number;
  completed_at: Date | null;
  error: string | null;
}

export async function analysisRows(pool: Pool, ids: string[]): Promise<Map<string, AnalysisRow>> {
  const { rows } = await pool.query<AnalysisRow>(
    `SELECT id, status, attempts, progress, completed_at, error
       FROM team_analyses WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The worker's own account of each analysis: how many "analysis <id> completed in N ms" lines
 * (a real computation that wrote the result) and "was already completed" lines (a second
 * computation that found the result written) appear across the given processes' logs.
 */
export function completionLog(
  procs: ManagedProcess[],
): Map<string, { completed: number; alreadyCompleted: number }> {
  const counts = new Map<string, { completed: number; alreadyCompleted: number }>();
  const pattern = /analysis ([0-9a-f-]{36}) (completed|was already completed) in \d+ ms/;
  for (const p of procs) {
    for (const line of p.lines()) {
      const m = pattern.exec(line);
      if (!m) continue;
      const c = counts.get(m[1]) ?? { completed: 0, alreadyCompleted: 0 };
      if (m[2] === 'completed') c.completed++;
      else c.alreadyCompleted++;
      counts.set(m[1], c);
    }
  }
  return counts;
}

/** BullMQ's view of an analysis job (state, attempts, stalls), read straight from Redis. */
export async function jobInfo(
  redisUrl: string,
  prefix: string,
  analysisId: string,
): Promise<string> {
  const queue = new Queue('team-analysis', {
    prefix,
    connection: { url: redisUrl, maxRetriesPerRequest: 1 },
  });
  try {
    const job = await queue.getJob(`team-analysis-${analysisId}`);
    if (!job) return 'job not found (removed)';
    const state = await job.getState();
    return `state ${state}, attemptsMade ${job.attemptsMade}, stalledCounter ${job.stalledCounter}`;
  } finally {
    await queue.close();
  }
}
