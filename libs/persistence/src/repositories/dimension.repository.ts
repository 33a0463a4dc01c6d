import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DimensionEntity } from '../entities';
import type { Tx } from './transactions';

export type DimensionRecord = DimensionEntity;
export type NewDimension = Pick<
  DimensionEntity,
  'organizationId' | 'key' | 'name' | 'description' | 'kind' | 'position'
>;

/** The competency model (`dimensions`) of each organisation. */
@Injectable()
export class DimensionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get dimensions() {
    return this.dataSource.getRepository(DimensionEntity);
  }

  page(organizationId: string, skip: number, take: number): Promise<[DimensionRecord[], number]> {
    return this.dimensions.findAndCount({
      where: { organizationId },
      order: { position: 'ASC', key: 'ASC' },
      skip,
      take,
    });
  }

  async keys(organizationId: string): Promise<Set<string>> {
    const rows = await this.dimensions.find({ where: { organizationId }, select: { key: true } });
    return new Set(rows.map((r) => r.key));
  }

  exists(organizationId: string, key: string): Promise<boolean> {
    return this.dimensions.existsBy({ organizationId, key });
  }

  count(organizationId: string): Promise<number> {
    return this.dimensions.countBy({ organizationId });
  }

  findByKey(organizationId: string, key: string): Promise<DimensionRecord | null> {
    return this.dimensions.findOneBy({ organizationId, key });
  }

  save(dimension: NewDimension | DimensionRecord): Promise<DimensionRecord> {
    return this.dimensions.save(dimension);
  }

  async insertMany(tx: Tx, dimensions: NewDimension[]): Promise<void> {
    await tx.getRepository(DimensionEntity).insert(dimensions);
  }
}
