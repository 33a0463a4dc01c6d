import { Injectable } from '@nestjs/common';
import { Transactions, UserRepository } from '@rolefit/persistence';
import { decoyHash, hashPassword, verifyPassword } from '../common/auth/password-hasher';
import { conflict, ProblemException } from '../common/problem/problem-exception';
import { OrganizationsService } from '../organizations/organizations.service';
import type { AccessTokenDto, LoginDto, SignupDto } from './auth.dto';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UserRepository,
    private readonly organizations: OrganizationsService,
    private readonly tokens: TokenService,
  ) {}

  /** Creates an organisation with its default competency model and its first admin. */
  async signup(dto: SignupDto): Promise<AccessTokenDto> {
    const passwordHash = await hashPassword(dto.password);
    const user = await this.transactions.run(async (tx) => {
      if (await this.users.existsWithEmail(dto.email, tx)) {
        throw conflict('An account with this email already exists');
      }
      const organization = await this.organizations.createWithDefaults(tx, dto.organizationName);
      return this.users.create(
        {
          organizationId: organization.id,
          name: dto.name,
          email: dto.email,
          passwordHash,
          role: 'admin' as const,
        },
        tx,
      );
    });
    return this.tokens.issue(user);
  }

  async login(dto: LoginDto): Promise<AccessTokenDto> {
    const user = await this.users.findForLogin(dto.email);
    // Verify against a decoy when the account does not exist: same work, same timing.
    const ok = await verifyPassword(dto.password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) throw new ProblemException(401, 'Email or password is wrong');
    return this.tokens.issue(user);
  }
}
