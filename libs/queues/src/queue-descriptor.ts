/** Every payload carries ids only (the data lives in PostgreSQL) and always its tenant. */
export interface JobPayloadBase {
  organizationId: string;
}

/**
 * Everything about one BullMQ queue, said once: the relay, the lost-job reconciler, the
 * services that enqueue and the processor all read it from here.
 */
export interface QueueDescriptor<
  Name extends string = string,
  Payload extends JobPayloadBase = JobPayloadBase,
> {
  readonly name: Name;
  /**
   * The table with one row per job (`status` queued | running | completed | failed, `id` uuid),
   * or null for a queue whose jobs have no such row. Jobs of a run table are re-added by the
   * lost-job reconciler while their row is unfinished.
   */
  readonly runTable: string | null;
  /** The job id is this prefix + `runIdOf(payload)`: fixed, so a re-relay is a no-op. */
  readonly jobIdPrefix: string;
  /** The id of the row this job works on (the run table's id when there is one). */
  runIdOf(payload: Payload): string;
  /** BullMQ options of this queue's jobs when not DEFAULT_JOB_OPTIONS (e.g. mail's long retry). */
  readonly jobOptions?: JobOptions;
}

export interface JobOptions {
  attempts: number;
  backoff: { type: string; delay?: number };
  removeOnComplete: { age: number; count?: number };
  removeOnFail: { age: number };
}

/** Declares a queue; the payload type is given explicitly, the rest is inferred. */
export function defineQueue<Payload extends JobPayloadBase>() {
  return <Name extends string>(
    descriptor: QueueDescriptor<Name, Payload>,
  ): QueueDescriptor<Name, Payload> => Object.freeze(descriptor);
}

export type PayloadOf<Q> = Q extends QueueDescriptor<string, infer P> ? P : never;

/** The fixed BullMQ job id of a payload on a queue. */
export function jobIdOf<P extends JobPayloadBase>(
  queue: QueueDescriptor<string, P>,
  payload: P,
): string {
  return `${queue.jobIdPrefix}${queue.runIdOf(payload)}`;
}

/**
 * Retries with exponential backoff for transient failures (database restarting, a lost lock);
 * completed and failed jobs are kept a day so a re-relayed id is recognised, not re-run.
 */
export const DEFAULT_JOB_OPTIONS: JobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
