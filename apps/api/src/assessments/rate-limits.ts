import { Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { ProblemException } from '../common/problem/problem-exception';
import { FixedWindowLimiter } from '../common/rate-limit/fixed-window-limiter';

/*
 * Limits where abuse lives, chosen so that many honest candidates behind one office address
 * are never slowed: only FAILED token lookups count per address (a valid link costs nothing),
 * applications are counted per address but generously, and answer saves per token.
 * Limits per minute come from AppConfig (TOKEN_FAILURE_RATE_LIMIT, APPLICATION_RATE_LIMIT,
 * ANSWER_SAVE_RATE_LIMIT).
 */
const MINUTE = 60_000;

/** The per-process limiters of the candidate-facing routes (one instance per API process). */
@Injectable()
export class CandidateRateLimits {
  /** Failed token lookups (unknown, expired, malformed) per client address. */
  readonly tokenFailures: FixedWindowLimiter;
  /** Public applications per client address. */
  readonly applications: FixedWindowLimiter;
  /** Answer saves per assessment token (keyed by its hash). */
  readonly answerSaves: FixedWindowLimiter;

  constructor(config: AppConfig) {
    this.tokenFailures = new FixedWindowLimiter({
      limit: config.TOKEN_FAILURE_RATE_LIMIT,
      windowMs: MINUTE,
    });
    this.applications = new FixedWindowLimiter({
      limit: config.APPLICATION_RATE_LIMIT,
      windowMs: MINUTE,
    });
    this.answerSaves = new FixedWindowLimiter({
      limit: config.ANSWER_SAVE_RATE_LIMIT,
      windowMs: MINUTE,
    });
  }
}

export function tooManyRequests(retryAfterSeconds: number, what: string): ProblemException {
  return new ProblemException(429, `Too many ${what}; retry in ${retryAfterSeconds} s`, undefined, {
    'retry-after': String(retryAfterSeconds),
  });
}
