import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../problem/problem-exception';
import { clientAddress } from '../rate-limit/client-address';
import { SharedLimit, SharedLimits } from '../rate-limit/shared-limits';

/**
 * Sign-up, sign-in and password-reset requests per client address (AUTH_RATE_LIMIT per
 * AUTH_RATE_WINDOW_SECONDS), counted in Redis so every API process shares the budget;
 * 429 in problem+json with Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  readonly limit: SharedLimit;

  constructor(config: AppConfig, limits: SharedLimits) {
    this.limit = limits.create('auth', {
      limit: config.AUTH_RATE_LIMIT,
      windowMs: config.AUTH_RATE_WINDOW_SECONDS * 1000,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const decision = await this.limit.hit(clientAddress(request));
    if (!decision.allowed) throw tooMany(decision.retryAfterSeconds);
    return true;
  }
}

export function tooMany(retryAfter: number, what = 'requests'): ProblemException {
  return new ProblemException(429, `Too many ${what}; retry in ${retryAfter} s`, undefined, {
    'retry-after': String(retryAfter),
  });
}
