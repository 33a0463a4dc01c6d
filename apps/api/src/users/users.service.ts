import { Injectable } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { localeFromAcceptLanguage } from '@rolefit/domain';
import { MailOutbox, SecretBox } from '@rolefit/mail';
import {
  AccountRepository,
  OrganizationRepository,
  Transactions,
  type Account,
} from '@rolefit/persistence';
import { issueAssessmentToken as issueOneTimeToken } from '../assessments';
import { AccountLimits, SessionsService } from '../auth';
import type { AuthUser } from '../common/auth/current-user';
import { hashPassword } from '../common/auth/password-hasher';
import { tooMany } from '../common/auth/rate-limit.guard';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import { conflict, notFound } from '../common/problem/problem-exception';
import type { CreateUserDto, InviteUserDto, MeDto, UpdateUserDto, UserDto } from './users.dto';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The users of an organisation: listed, created or invited by email, their role changed,
 * deactivated or deleted — always leaving at least one active admin. Creations and
 * invitations are throttled and capped per organisation.
 */
@Injectable()
export class UsersService {
  private readonly box: SecretBox;

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly accounts: AccountRepository,
    private readonly organizations: OrganizationRepository,
    private readonly sessions: SessionsService,
    private readonly limits: AccountLimits,
    private readonly mail: MailOutbox,
  ) {
    this.box = new SecretBox(config.JWT_SECRET);
  }

  async me(caller: AuthUser): Promise<MeDto> {
    const user = await this.accounts.byId(caller.organizationId, caller.userId);
    const organization = await this.organizations.findById(caller.organizationId);
    if (!user || !organization) throw notFound('User');
    return { ...toUserDto(user), organization: { id: organization.id, name: organization.name } };
  }

  async list(caller: AuthUser, query: PageQuery): Promise<Page<UserDto>> {
    const { items, total } = await this.accounts.page(
      caller.organizationId,
      query.pageSize,
      query.skip,
    );
    return pageOf(items.map(toUserDto), total, query);
  }

  /** An account with a password chosen by the admin (say so to the person). */
  async create(caller: AuthUser, dto: CreateUserDto): Promise<UserDto> {
    await this.spendInvite(caller);
    if (await this.accounts.emailExists(dto.email)) {
      throw conflict('An account with this email already exists');
    }
    const user = await this.accounts.create(undefined, {
      organizationId: caller.organizationId,
      name: dto.name,
      email: dto.email,
      role: dto.role,
      passwordHash: await hashPassword(dto.password, this.config.PASSWORD_HASH_COST),
    });
    if (!user) throw conflict('An account with this email already exists');
    return toUserDto(user);
  }

  /**
   * Emails a one-time link with which the person sets their own password (the account is
   * created then). Always the same 202, whether or not the address has an account anywhere.
   */
  /** The email is in `dto.locale`, else the admin's Accept-Language, else English. */
  async invite(caller: AuthUser, dto: InviteUserDto, acceptLanguage?: string): Promise<void> {
    await this.spendInvite(caller);
    if (await this.accounts.emailExists(dto.email)) return;
    const inviter = await this.accounts.byId(caller.organizationId, caller.userId);
    const organization = await this.organizations.findById(caller.organizationId);
    const { token, hash } = issueOneTimeToken();
    const expiresAt = new Date(Date.now() + this.config.INVITATION_TTL_DAYS * DAY_MS);
    await this.transactions.run(async (tx) => {
      await this.accounts.addToken(tx, {
        organizationId: caller.organizationId,
        purpose: 'invitation',
        userId: null,
        email: dto.email,
        name: dto.name,
        role: dto.role,
        tokenHash: hash,
        expiresAt,
      });
      await this.mail.enqueue(tx, {
        template: 'staff-invitation',
        to: dto.email,
        locale: dto.locale ?? localeFromAcceptLanguage(acceptLanguage),
        organizationId: caller.organizationId,
        params: {
          name: dto.name,
          organizationName: organization?.name ?? '',
          invitedBy: inviter?.name ?? '',
          role: dto.role,
          expiresAt: expiresAt.toISOString(),
        },
        sealedSecret: this.box.seal(token),
      });
    });
  }

  /** Role and/or active; the organisation keeps at least one active admin. */
  async update(caller: AuthUser, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const updated = await this.transactions.run(async (tx) => {
      const users = await this.accounts.lockOrganization(tx, caller.organizationId);
      const target = users.find((u) => u.id === id);
      if (!target) throw notFound('User');
      const after = {
        ...target,
        role: dto.role ?? target.role,
        active: dto.active ?? target.active,
      };
      keepsAnAdmin(users.map((u) => (u.id === id ? after : u)));
      const user = await this.accounts.update(tx, id, { role: dto.role, active: dto.active });
      if (dto.active === false) await this.sessions.endAllOf(id, 'deactivated', undefined, tx);
      return user;
    });
    return toUserDto(updated);
  }

  async remove(caller: AuthUser, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const users = await this.accounts.lockOrganization(tx, caller.organizationId);
      if (!users.some((u) => u.id === id)) throw notFound('User');
      keepsAnAdmin(users.filter((u) => u.id !== id));
      await this.accounts.delete(tx, id);
    });
  }

  /** One creation or invitation of the organisation's hourly budget, under its user cap. */
  private async spendInvite(caller: AuthUser): Promise<void> {
    const decision = await this.limits.userInvites.hit(caller.organizationId);
    if (!decision.allowed) throw tooMany(decision.retryAfterSeconds, 'new users or invitations');
    const [users, invitations] = await Promise.all([
      this.accounts.countInOrganization(caller.organizationId),
      this.accounts.openInvitations(caller.organizationId),
    ]);
    if (users + invitations >= this.config.MAX_USERS_PER_ORGANIZATION) {
      throw conflict(
        `The organisation has reached its limit of ${this.config.MAX_USERS_PER_ORGANIZATION} users and open invitations`,
      );
    }
  }
}

function keepsAnAdmin(users: Account[]): void {
  if (!users.some((u) => u.role === 'admin' && u.active)) {
    throw conflict('The organisation must keep at least one active admin');
  }
}

function toUserDto(user: Account): UserDto {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt,
  };
}
