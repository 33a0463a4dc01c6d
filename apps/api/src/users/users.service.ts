import { Injectable } from '@nestjs/common';
import { OrganizationRepository, UserRecord, UserRepository } from '@rolefit/persistence';
import type { AuthUser } from '../common/auth/current-user';
import { hashPassword } from '../common/auth/password-hasher';
import { conflict, notFound } from '../common/problem/problem-exception';
import type { CreateUserDto, MeDto, UserDto } from './users.dto';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly organizations: OrganizationRepository,
  ) {}

  async me(caller: AuthUser): Promise<MeDto> {
    const user = await this.users.findById(caller.organizationId, caller.userId);
    const organization = await this.organizations.findById(caller.organizationId);
    if (!user || !organization) throw notFound('User');
    return { ...toUserDto(user), organization: { id: organization.id, name: organization.name } };
  }

  async create(caller: AuthUser, dto: CreateUserDto): Promise<UserDto> {
    if (await this.users.existsWithEmail(dto.email)) {
      throw conflict('An account with this email already exists');
    }
    const user = await this.users.create({
      organizationId: caller.organizationId,
      name: dto.name,
      email: dto.email,
      role: dto.role,
      passwordHash: await hashPassword(dto.password),
    });
    return toUserDto(user);
  }
}

function toUserDto(user: UserRecord): UserDto {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt,
  };
}
