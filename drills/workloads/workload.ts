import { type HttpResult } from '@rolefit/testkit';
import type { Pool } from 'pg';
import type { ApiClient } from '../support/api';

/** One request of a unit of work, e.g. "save these answers" or "submit". */
export interface Step {
  label: string;
  method: string;
  path: string;
  body?: unknown;
  /** Public routes (candidate token) go without the bearer token. */
  anonymous?: boolean;
}

/**
 * Sends a step the way a well-behaved client does (retrying after a 503 or a dropped
 * connection); resolves with the 2xx response, or undefined when the client gave up.
 */
export type Send = (step: Step) => Promise<HttpResult | undefined>;

export interface Verification {
  /** Units the API acknowledged as done (their final step answered 2xx). */
  accepted: number;
  /** Of those, how many the database holds afterwards. */
  persisted: number;
  /** Units stored more than once (a retry that wrote twice). */
  duplicates: number;
  /** Other acknowledged writes (invitations, autosaves) that are not stored: lost too. */
  otherLost: number;
  /** Up to a few keys of acknowledged writes that are missing, for the report. */
  missing: string[];
  /** A line about the other writes, for the report. */
  detail: string;
}

/**
 * A pluggable write workload for the PostgreSQL restart drill: each unit is a short sequence
 * of writes through the API (a candidate's whole submission; one member created); the
 * workload remembers every write the API acknowledged with a 2xx and checks afterwards that
 * the database holds all of them.
 */
export interface WriteWorkload {
  name: string;
  prepare(api: ApiClient): Promise<void>;
  runUnit(index: number, send: Send): Promise<void>;
  verify(pool: Pool): Promise<Verification>;
}
