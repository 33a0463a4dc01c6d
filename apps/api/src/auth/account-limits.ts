import { Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { SharedLimit, SharedLimits } from '../common/rate-limit/shared-limits';

const MINUTE = 60_000;

/**
 * Limits per account and per organisation (beside the per-address one on the auth routes),
 * shared by every API process: a password guessed from many addresses still meets the
 * account's limit, and no organisation can mass-create users or invitations.
 */
@Injectable()
export class AccountLimits {
  /** Failed sign-ins and password checks per account (keyed by email, known or not). */
  readonly loginFailures: SharedLimit;
  /** Reset emails per address: a few per hour; more requests get the same 202 and no mail. */
  readonly resetMails: SharedLimit;
  /** User creations and invitations per organisation per hour. */
  readonly userInvites: SharedLimit;

  constructor(config: AppConfig, limits: SharedLimits) {
    this.loginFailures = limits.create('login-failures', {
      limit: config.LOGIN_FAILURE_LIMIT,
      windowMs: 15 * MINUTE,
    });
    this.resetMails = limits.create('reset-mails', { limit: 3, windowMs: 60 * MINUTE });
    this.userInvites = limits.create('user-invites', {
      limit: config.USER_INVITE_RATE_LIMIT,
      windowMs: 60 * MINUTE,
    });
  }
}
