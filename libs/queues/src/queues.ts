import { DEFAULT_JOB_OPTIONS, defineQueue, type QueueDescriptor } from './queue-descriptor';

/** A team-role map computed over the frozen snapshot in `team_analyses`. */
export const TEAM_ANALYSIS_QUEUE = defineQueue<{ analysisId: string; organizationId: string }>()({
  name: 'team-analysis',
  runTable: 'team_analyses',
  jobIdPrefix: 'team-analysis-',
  runIdOf: (payload) => payload.analysisId,
});

/** Reliability statistics of one questionnaire version (`reliability_runs`). */
export const RELIABILITY_QUEUE = defineQueue<{ runId: string; organizationId: string }>()({
  name: 'questionnaire-reliability',
  runTable: 'reliability_runs',
  jobIdPrefix: 'reliability-',
  runIdOf: (payload) => payload.runId,
});

/**
 * One email (`mail_messages`). Keeps trying for days while SMTP is down: many attempts with
 * the mail processor's own backoff (1 s doubling, capped by MAIL_RETRY_MAX_SECONDS).
 */
export const MAIL_QUEUE = defineQueue<{ mailId: string; organizationId: string }>()({
  name: 'mail',
  runTable: 'mail_messages',
  jobIdPrefix: 'mail-',
  runIdOf: (payload) => payload.mailId,
  jobOptions: { ...DEFAULT_JOB_OPTIONS, attempts: 1000, backoff: { type: 'mail' } },
});

/**
 * One retention run over every organisation (`retention_runs`, one row per period). The
 * payload's organizationId is `*`: this job is the one that works across tenants.
 */
export const RETENTION_QUEUE = defineQueue<{ runId: string; organizationId: '*' }>()({
  name: 'retention',
  runTable: 'retention_runs',
  jobIdPrefix: 'retention-',
  runIdOf: (payload) => payload.runId,
});

/**
 * Every queue Rolefit uses. Adding one = a descriptor here + a processor in apps/worker
 * (listed in its processors.ts); the worker refuses to start when a queue has no processor.
 */
export const QUEUES = [
  TEAM_ANALYSIS_QUEUE,
  RELIABILITY_QUEUE,
  MAIL_QUEUE,
  RETENTION_QUEUE,
] as const;

export type QueueName = (typeof QUEUES)[number]['name'];

export const ALL_QUEUES: readonly QueueName[] = QUEUES.map((queue) => queue.name);

/** The descriptor of a queue name read back from the outbox; throws for an unknown one. */
export function queueNamed(name: string): QueueDescriptor {
  const queue = QUEUES.find((q) => q.name === name);
  if (!queue) throw new Error(`unknown queue ${name}`);
  return queue;
}

/** The queues whose jobs track a run row, for the lost-job reconciler. */
export function runTables(): { table: string; jobIdPrefix: string }[] {
  return QUEUES.filter((q) => q.runTable !== null).map((q) => ({
    table: q.runTable as string,
    jobIdPrefix: q.jobIdPrefix,
  }));
}
