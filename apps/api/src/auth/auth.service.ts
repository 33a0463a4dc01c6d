import { Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { localeFromAcceptLanguage } from '@rolefit/domain';
import { MailOutbox, SecretBox } from '@rolefit/mail';
import { AccountRepository, Transactions } from '@rolefit/persistence';
import {
  hashAssessmentToken as hashOneTimeToken,
  issueAssessmentToken as issueOneTimeToken,
} from '../assessments';
import type { AuthUser } from '../common/auth/current-user';
import { decoyHash, hashPassword, verifyPassword } from '../common/auth/password-hasher';
import { tooMany } from '../common/auth/rate-limit.guard';
import { conflict, ProblemException, unprocessable } from '../common/problem/problem-exception';
import { OrganizationsService } from '../organizations';
import { AccountLimits } from './account-limits';
import type {
  ChangePasswordDto,
  ConfirmPasswordDto,
  LoginDto,
  PasswordResetDto,
  SignupDto,
} from './auth.dto';
import { SessionsService, type SignedIn } from './sessions.service';

const MINUTE_MS = 60_000;

/** Sign-up, sign-in and passwords: changed with the current one, or reset by email. */
@Injectable()
export class AuthService {
  private readonly box: SecretBox;

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly accounts: AccountRepository,
    private readonly organizations: OrganizationsService,
    private readonly sessions: SessionsService,
    private readonly limits: AccountLimits,
    private readonly mail: MailOutbox,
  ) {
    this.box = new SecretBox(config.JWT_SECRET);
  }

  /**
   * Creates an organisation with its default competency model and its first admin. Says when
   * an address is taken (people expect it), but only at the per-address sign-up rate.
   */
  async signup(dto: SignupDto): Promise<SignedIn> {
    if (await this.accounts.emailExists(dto.email)) {
      throw conflict('An account with this email already exists');
    }
    const passwordHash = await hashPassword(dto.password, this.config.PASSWORD_HASH_COST);
    return this.transactions.run(async (tx) => {
      const organization = await this.organizations.createWithDefaults(tx, dto.organizationName);
      const user = await this.accounts.create(tx, {
        organizationId: organization.id,
        name: dto.name,
        email: dto.email,
        role: 'admin',
        passwordHash,
      });
      if (!user) throw conflict('An account with this email already exists');
      return this.sessions.start(user, tx);
    });
  }

  /**
   * Same answer and the same work (a decoy hash) whether or not the account exists or is
   * active. Failures count per account too, whatever address they come from.
   */
  async login(dto: LoginDto): Promise<SignedIn> {
    const failures = await this.limits.loginFailures.blocked(dto.email);
    if (!failures.allowed) {
      throw tooMany(failures.retryAfterSeconds, 'failed sign-ins for this account');
    }
    const user = await this.accounts.withPasswordByEmail(dto.email);
    const ok = await verifyPassword(
      dto.password,
      user?.passwordHash ?? (await decoyHash(this.config.PASSWORD_HASH_COST)),
    );
    if (!user || !ok || !user.active) {
      await this.limits.loginFailures.hit(dto.email);
      throw new ProblemException(401, 'Email or password is wrong');
    }
    return this.sessions.start(user);
  }

  /**
   * Always 202: a reset link is emailed only to an active account, a few times per hour, in
   * the language asked for (the body's `locale`, else the request's Accept-Language, else
   * English: accounts keep no language of their own).
   */
  async requestPasswordReset(dto: PasswordResetDto, acceptLanguage?: string): Promise<void> {
    const user = await this.accounts.withPasswordByEmail(dto.email);
    if (!user || !user.active) return;
    if (!(await this.limits.resetMails.hit(dto.email)).allowed) return;
    const { token, hash } = issueOneTimeToken();
    const minutes = this.config.PASSWORD_RESET_TTL_MINUTES;
    await this.transactions.run(async (tx) => {
      await this.accounts.addToken(tx, {
        organizationId: user.organizationId,
        purpose: 'password-reset',
        userId: user.id,
        email: user.email,
        name: user.name,
        role: null,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + minutes * MINUTE_MS),
      });
      await this.mail.enqueue(tx, {
        template: 'password-reset',
        to: user.email,
        locale: dto.locale ?? localeFromAcceptLanguage(acceptLanguage),
        organizationId: user.organizationId,
        params: { name: user.name, validMinutes: minutes },
        sealedSecret: this.box.seal(token),
      });
    });
  }

  /**
   * Uses a one-time link: a password reset sets the new password and ends every session; an
   * invitation creates the account with this password. Any other token (unknown, used,
   * expired, or an invitation whose address got an account meanwhile) gets the same 400.
   */
  async confirmPassword(dto: ConfirmPasswordDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password, this.config.PASSWORD_HASH_COST);
    const done = await this.transactions.run(async (tx) => {
      const token = await this.accounts.useToken(tx, hashOneTimeToken(dto.token));
      if (!token) return false;
      if (token.purpose === 'password-reset' && token.userId) {
        await this.accounts.setPassword(tx, token.userId, passwordHash);
        await this.sessions.endAllOf(token.userId, 'password reset', undefined, tx);
        return true;
      }
      if (token.purpose === 'invitation' && token.role) {
        const created = await this.accounts.create(tx, {
          organizationId: token.organizationId,
          name: token.name,
          email: token.email,
          role: token.role,
          passwordHash,
        });
        return Boolean(created);
      }
      return false;
    });
    if (!done) {
      throw new ProblemException(400, 'This link is invalid, used or expired; ask for a new one');
    }
  }

  /** Changes the password with the current one; every other session of the user ends. */
  async changePassword(caller: AuthUser, dto: ChangePasswordDto): Promise<void> {
    const user = await this.accounts.byId(caller.organizationId, caller.userId);
    const stored = user && (await this.accounts.passwordHashOf(user.id));
    if (!user || !stored) throw new ProblemException(401, 'The session has ended; sign in again');
    const failures = await this.limits.loginFailures.blocked(user.email);
    if (!failures.allowed) {
      throw tooMany(failures.retryAfterSeconds, 'failed password checks for this account');
    }
    if (!(await verifyPassword(dto.currentPassword, stored))) {
      await this.limits.loginFailures.hit(user.email);
      throw unprocessable('The current password is wrong', [
        { field: 'currentPassword', message: 'is not your current password' },
      ]);
    }
    const passwordHash = await hashPassword(dto.newPassword, this.config.PASSWORD_HASH_COST);
    await this.transactions.run(async (tx) => {
      await this.accounts.setPassword(tx, user.id, passwordHash);
      await this.sessions.endAllOf(user.id, 'password changed', caller.sessionId, tx);
    });
  }
}
