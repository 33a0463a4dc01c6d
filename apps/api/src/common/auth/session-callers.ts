import { Injectable } from '@nestjs/common';
import { type SessionCaller, SessionRepository } from '@rolefit/persistence';
import { perTurnLoader } from '../batching/per-turn-loader';

/**
 * The auth guard's per-request session check, batched: the requests that arrive in one turn of
 * the event loop are checked by one query. Each is still checked against the database after it
 * arrived, so sign-out, deactivation or demotion takes effect on the very next request.
 */
@Injectable()
export class SessionCallers {
  private readonly load: (key: {
    sessionId: string;
    userId: string;
  }) => Promise<SessionCaller | undefined>;

  constructor(sessions: SessionRepository) {
    this.load = perTurnLoader((keys) => sessions.callers(keys));
  }

  caller(sessionId: string, userId: string): Promise<SessionCaller | undefined> {
    return this.load({ sessionId, userId });
  }
}
