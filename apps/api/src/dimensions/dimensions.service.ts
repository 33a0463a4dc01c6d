import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DimensionEntity } from '@rolefit/persistence';
import { Repository } from 'typeorm';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import { conflict, notFound } from '../common/problem/problem-exception';
import type { CreateDimensionDto, DimensionDto, UpdateDimensionDto } from './dimensions.dto';

@Injectable()
export class DimensionsService {
  constructor(
    @InjectRepository(DimensionEntity) private readonly dimensions: Repository<DimensionEntity>,
  ) {}

  async list(organizationId: string, query: PageQuery): Promise<Page<DimensionDto>> {
    const [rows, total] = await this.dimensions.findAndCount({
      where: { organizationId },
      order: { position: 'ASC', key: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return pageOf(rows.map(toDto), total, query);
  }

  /** The organisation's dimension keys, for validating profiles and questionnaires. */
  async keys(organizationId: string): Promise<Set<string>> {
    const rows = await this.dimensions.find({ where: { organizationId }, select: { key: true } });
    return new Set(rows.map((r) => r.key));
  }

  async create(organizationId: string, dto: CreateDimensionDto): Promise<DimensionDto> {
    if (await this.dimensions.existsBy({ organizationId, key: dto.key })) {
      throw conflict(`A dimension with key "${dto.key}" already exists`);
    }
    const position = await this.dimensions.countBy({ organizationId });
    const saved = await this.dimensions.save({ organizationId, ...dto, position });
    return toDto(saved);
  }

  async update(
    organizationId: string,
    key: string,
    dto: UpdateDimensionDto,
  ): Promise<DimensionDto> {
    const dimension = await this.dimensions.findOneBy({ organizationId, key });
    if (!dimension) throw notFound('Dimension');
    // null, like a field left out, changes nothing: every field of a dimension is required.
    Object.assign(dimension, Object.fromEntries(Object.entries(dto).filter(([, v]) => v != null)));
    return toDto(await this.dimensions.save(dimension));
  }
}

function toDto(d: DimensionEntity): DimensionDto {
  return { key: d.key, name: d.name, description: d.description, kind: d.kind };
}
