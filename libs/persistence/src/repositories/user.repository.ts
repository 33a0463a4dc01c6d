import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities';

/** Staff accounts (`users`). */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user exists in this organisation. */
  existsInOrganization(organizationId: string, id: string): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).existsBy({ id, organizationId });
  }
}
