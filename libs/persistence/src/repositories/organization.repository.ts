import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganizationEntity } from '../entities';
import type { Tx } from './transactions';

export type OrganizationRecord = OrganizationEntity;

/** Organisations (`organizations`): the tenants. */
@Injectable()
export class OrganizationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(tx: Tx, name: string): Promise<OrganizationRecord> {
    return tx.getRepository(OrganizationEntity).save({ name });
  }

  findById(id: string): Promise<OrganizationRecord | null> {
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
  }

  findByName(name: string): Promise<OrganizationRecord | null> {
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ name });
  }
}
