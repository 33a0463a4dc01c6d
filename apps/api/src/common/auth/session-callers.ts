import { Injectable } from '@nestjs/common';
import { type SessionCaller, SessionRepository } from '@rolefit/persistence';
import DataLoader from 'dataloader';

interface CallerKey {
  sessionId: string;
  userId: string;
}

/** More than this many requests in one event-loop turn go in several queries. */
const MAX_BATCH = 256;

/**
 * The per-request session check, batched: every request that arrives in one turn of the event
 * loop is checked by one query (`SessionRepository.callers`). Under load most of the check's
 * cost was the query's round trip itself (a socket write and read per request, ≈ a fifth of
 * the role-map read's CPU, BENCHMARKS.md), not the lookup. Nothing is cached: each request's
 * query is sent after the request arrived, so sign-out, deactivation or demotion still takes
 * effect on the very next request.
 */
@Injectable()
export class SessionCallers {
  private readonly loader: DataLoader<CallerKey, SessionCaller | undefined>;

  constructor(sessions: SessionRepository) {
    this.loader = new DataLoader((keys) => sessions.callers(keys), {
      cache: false,
      maxBatchSize: MAX_BATCH,
      // After the I/O callbacks of this turn, so the requests read in it share one query.
      batchScheduleFn: (dispatch) => setImmediate(dispatch),
    });
  }

  caller(sessionId: string, userId: string): Promise<SessionCaller | undefined> {
    return this.loader.load({ sessionId, userId });
  }
}
