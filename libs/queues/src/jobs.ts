import { QueueName } from './queue-names';

/** Payloads carry ids only: the data itself lives in PostgreSQL, frozen where it must be. */
export interface JobPayloads {
  [QueueName.TeamAnalysis]: { analysisId: string; organizationId: string };
  [QueueName.QuestionnaireReliability]: { runId: string; organizationId: string };
}

/** The typed job union: a queue name and exactly its payload. */
export type JobItem = {
  [Q in keyof JobPayloads]: { queue: Q; data: JobPayloads[Q]; jobId: string };
}[keyof JobPayloads];

/**
 * Retries with exponential backoff for transient failures (database restarting, a lost lock);
 * completed and failed jobs are kept a day so a re-relayed id is recognised, not re-run.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
