import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OrganizationEntity, UserEntity } from '@rolefit/persistence';
import { Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/current-user';
import { hashPassword } from '../common/auth/password-hasher';
import { conflict, notFound } from '../common/problem/problem-exception';
import type { CreateUserDto, MeDto, UserDto } from './users.dto';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
  ) {}

  async me(caller: AuthUser): Promise<MeDto> {
    const user = await this.users.findOneBy({
      id: caller.userId,
      organizationId: caller.organizationId,
    });
    const organization = await this.organizations.findOneBy({ id: caller.organizationId });
    if (!user || !organization) throw notFound('User');
    return { ...toUserDto(user), organization: { id: organization.id, name: organization.name } };
  }

  async create(caller: AuthUser, dto: CreateUserDto): Promise<UserDto> {
    if (await this.users.existsBy({ email: dto.email })) {
      throw conflict('An account with this email already exists');
    }
    const user = await this.users.save({
      organizationId: caller.organizationId,
      name: dto.name,
      email: dto.email,
      role: dto.role,
      passwordHash: await hashPassword(dto.password),
    });
    return toUserDto(user);
  }
}

function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt,
  };
}
