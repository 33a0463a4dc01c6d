import { Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { ProblemException } from '../common/problem/problem-exception';
import { SharedLimit, SharedLimits } from '../common/rate-limit/shared-limits';

/*
 * Limits where abuse lives, chosen so that many honest candidates behind one office address
 * are never slowed: only FAILED token lookups count per address, and a valid link is served
 * even when its address has spent that budget; applications are counted per address but
 * generously, and answer saves per token. Counts are shared by every API process (Redis).
 * Limits per minute come from AppConfig (TOKEN_FAILURE_RATE_LIMIT, APPLICATION_RATE_LIMIT,
 * ANSWER_SAVE_RATE_LIMIT).
 */
const MINUTE = 60_000;

@Injectable()
export class CandidateRateLimits {
  /** Failed token lookups (unknown, expired, malformed) per client address. */
  readonly tokenFailures: SharedLimit;
  /** Public applications per client address. */
  readonly applications: SharedLimit;
  /** Answer saves per assessment token (keyed by its hash). */
  readonly answerSaves: SharedLimit;

  constructor(config: AppConfig, limits: SharedLimits) {
    this.tokenFailures = limits.create('token-failures', {
      limit: config.TOKEN_FAILURE_RATE_LIMIT,
      windowMs: MINUTE,
    });
    this.applications = limits.create('applications', {
      limit: config.APPLICATION_RATE_LIMIT,
      windowMs: MINUTE,
    });
    this.answerSaves = limits.create('answer-saves', {
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
