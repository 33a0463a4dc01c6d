import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity, type UserRole } from '../entities';
import type { Tx } from './transactions';

export type UserRecord = UserEntity;
export type NewUser = Pick<
  UserEntity,
  'organizationId' | 'name' | 'email' | 'role' | 'passwordHash'
>;

/** Staff accounts (`users`). */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user exists in this organisation. */
  existsInOrganization(organizationId: string, id: string): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).existsBy({ id, organizationId });
  }

  findById(organizationId: string, id: string): Promise<UserRecord | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id, organizationId });
  }

  /** Emails are unique across organisations. */
  existsWithEmail(email: string, tx?: Tx): Promise<boolean> {
    return (tx ?? this.dataSource.manager).getRepository(UserEntity).existsBy({ email });
  }

  create(user: NewUser, tx?: Tx): Promise<UserRecord> {
    return (tx ?? this.dataSource.manager).getRepository(UserEntity).save(user);
  }

  /** The account with this email, including its password hash (only for signing in). */
  findForLogin(email: string): Promise<UserRecord | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  async insertMany(tx: Tx, users: NewUser[]): Promise<void> {
    await tx.getRepository(UserEntity).insert(users);
  }

  /** Some user of the organisation with this role (the demo's manager). */
  findOneWithRole(organizationId: string, role: UserRole): Promise<UserRecord | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ organizationId, role });
  }
}
