import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { queryBoolean } from '../common/dto/transforms';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageMetaDto } from '../common/pagination/pagination';
import { TeamRoleMapDto } from './role-map.dto';

export class RequestAnalysisQuery {
  @ApiPropertyOptional({
    description: 'Recompute even if this exact snapshot was analysed.',
    default: false,
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  force?: boolean;
}

export class AnalysisAcceptedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
}

export class AnalysisDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiPropertyOptional({
    description: 'Why it failed, when status is failed.',
    nullable: true,
    type: String,
  })
  error: string | null;
  @ApiPropertyOptional({
    type: TeamRoleMapDto,
    nullable: true,
    description: 'Present once completed.',
  })
  result: unknown;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
}

export class AnalysisHistoryEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why it failed, when it did.' })
  error: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean fit of the members holding a role at the time; null until completed.',
  })
  meanFitCurrent: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mean fit in the optimal assignment; null until completed.',
  })
  meanFitOptimal: number | null;
  @ApiProperty({ nullable: true, type: Number }) totalFitCurrent: number | null;
  @ApiProperty({ nullable: true, type: Number }) totalFitOptimal: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Members in the map.' })
  memberCount: number | null;
}

export class AnalysisHistoryPageDto extends PageMetaDto {
  @ApiProperty({ type: [AnalysisHistoryEntryDto] }) items: AnalysisHistoryEntryDto[];
}

/** Role-map pages: 500 members by default, at most 1,000. */
export const ROLE_MAP_PAGE_SIZE = 500;
export const ROLE_MAP_MAX_PAGE_SIZE = 1000;

export class RoleMapQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: ROLE_MAP_MAX_PAGE_SIZE,
    default: ROLE_MAP_PAGE_SIZE,
    description: 'Members per page.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ROLE_MAP_MAX_PAGE_SIZE)
  pageSize: number = ROLE_MAP_PAGE_SIZE;
}
