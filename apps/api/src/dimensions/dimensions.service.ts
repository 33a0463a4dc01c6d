import { Injectable } from '@nestjs/common';
import { DimensionRecord, DimensionRepository } from '@rolefit/persistence';
import { Page, pageOf, PageQuery } from '../common/pagination/pagination';
import { conflict, notFound } from '../common/problem/problem-exception';
import type { CreateDimensionDto, DimensionDto, UpdateDimensionDto } from './dimensions.dto';

@Injectable()
export class DimensionsService {
  constructor(private readonly dimensions: DimensionRepository) {}

  async list(organizationId: string, query: PageQuery): Promise<Page<DimensionDto>> {
    const [rows, total] = await this.dimensions.page(organizationId, query.skip, query.pageSize);
    return pageOf(rows.map(toDto), total, query);
  }

  /** The organisation's dimension keys, for validating profiles and questionnaires. */
  async keys(organizationId: string): Promise<Set<string>> {
    return this.dimensions.keys(organizationId);
  }

  async create(organizationId: string, dto: CreateDimensionDto): Promise<DimensionDto> {
    if (await this.dimensions.exists(organizationId, dto.key)) {
      throw conflict(`A dimension with key "${dto.key}" already exists`);
    }
    const position = await this.dimensions.count(organizationId);
    const saved = await this.dimensions.save({ organizationId, ...dto, position });
    return toDto(saved);
  }

  async update(
    organizationId: string,
    key: string,
    dto: UpdateDimensionDto,
  ): Promise<DimensionDto> {
    const dimension = await this.dimensions.findByKey(organizationId, key);
    if (!dimension) throw notFound('Dimension');
    // null, like a field left out, changes nothing: every field of a dimension is required.
    Object.assign(dimension, Object.fromEntries(Object.entries(dto).filter(([, v]) => v != null)));
    return toDto(await this.dimensions.save(dimension));
  }
}

function toDto(d: DimensionRecord): DimensionDto {
  return { key: d.key, name: d.name, description: d.description, kind: d.kind };
}
