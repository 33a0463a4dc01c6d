import { type Locale, SUPPORTED_LOCALES } from '@rolefit/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { REACTION_KINDS, REACTION_REASONS } from '@rolefit/persistence';
import type { ReactionKind, ReactionReason } from '@rolefit/persistence';

const CHANNELS = ['phone', 'digital', 'inPerson', 'internal'] as const;
const DEMAND_KINDS = ['requirement', 'expectation'] as const;
const REMOTE = ['onsite', 'hybrid', 'remote'] as const;

export class DayBlockDto {
  @ApiProperty({ example: '08:30', description: '24-hour HH:MM' })
  @IsString()
  @MaxLength(5)
  start: string;

  @ApiProperty({ example: '10:00' })
  @IsString()
  @MaxLength(5)
  end: string;

  @ApiProperty({ example: 'Calling warm leads' })
  @IsString()
  @MaxLength(200)
  activity: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: (typeof CHANNELS)[number];

  @ApiProperty({ example: 'Around 40 calls, 5–6 real conversations.' })
  @IsString()
  @MaxLength(1000)
  description: string;
}

export class TimeAllocationDto {
  @ApiProperty({ example: 'Phone prospecting' })
  @IsString()
  @MaxLength(200)
  activity: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 50 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  percent: number;
}

export class DemandDto {
  @ApiProperty({ example: 'Book 12 qualified meetings a month' })
  @IsString()
  @MaxLength(1000)
  text: string;

  @ApiProperty({ enum: DEMAND_KINDS })
  @IsIn(DEMAND_KINDS)
  kind: (typeof DEMAND_KINDS)[number];
}

/** The content of a preview; every field optional while drafting, checked at publish. */
export class PreviewContentDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headline?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @ApiPropertyOptional({ type: [DayBlockDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(48)
  @ValidateNested({ each: true })
  @Type(() => DayBlockDto)
  typicalDay?: DayBlockDto[];

  @ApiPropertyOptional({ type: [TimeAllocationDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TimeAllocationDto)
  timeAllocation?: TimeAllocationDto[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  culture?: string[];

  @ApiPropertyOptional({ type: [DemandDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DemandDto)
  demands?: DemandDto[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Honest downsides; at least one to publish.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  hardParts?: string[];

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ enum: REMOTE })
  @IsOptional()
  @IsIn(REMOTE)
  remote?: (typeof REMOTE)[number];

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class PreviewDto extends PreviewContentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) jobRoleId: string;
  @ApiProperty({ description: 'Stable public slug; serves the latest published version.' })
  slug: string;
  @ApiProperty({ enum: ['draft', 'published', 'archived'], description: 'Status of this version.' })
  status: string;
  @ApiProperty({ description: 'The version shown here: the draft when one is open.' })
  version: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Latest published version, if any.' })
  publishedVersion: number | null;
  @ApiProperty() updatedAt: Date;
}

export class PublishResultDto {
  @ApiProperty() slug: string;
  @ApiProperty() version: number;
}

export class PublicPreviewDto extends PreviewContentDto {
  @ApiProperty() slug: string;
  @ApiProperty() version: number;
  @ApiProperty() jobTitle: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() publishedAt: Date;
}

export class ReactionDto {
  @ApiProperty({ enum: REACTION_KINDS })
  @IsIn(REACTION_KINDS)
  reaction: ReactionKind;

  @ApiPropertyOptional({ enum: REACTION_REASONS, description: 'Why not; only with not_for_me.' })
  @IsOptional()
  @IsIn(REACTION_REASONS)
  reason?: ReactionReason;
}

export class ReactionRecordedDto {
  @ApiProperty({ description: 'The preview version the reaction was recorded against.' })
  version: number;
  @ApiProperty({ enum: REACTION_KINDS }) reaction: ReactionKind;
}

export class ReasonCountsDto {
  @ApiProperty() tasks: number;
  @ApiProperty() schedule: number;
  @ApiProperty() culture: number;
  @ApiProperty() demands: number;
  @ApiProperty() pay: number;
  @ApiProperty() location: number;
  @ApiProperty() other: number;
  @ApiProperty({ description: 'not_for_me without a reason' }) unspecified: number;
}

export class StatsCountsDto {
  @ApiProperty() views: number;
  @ApiProperty() interested: number;
  @ApiProperty() notForMe: number;
  @ApiProperty({ type: ReasonCountsDto }) notForMeByReason: ReasonCountsDto;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Share (0–1) of reacting candidates who opted out; null before any reaction.',
  })
  selfSelectionRate: number | null;
}

export class VersionStatsDto extends StatsCountsDto {
  @ApiProperty() version: number;
}

export class PreviewStatsDto extends StatsCountsDto {
  @ApiProperty({ type: [VersionStatsDto] }) byVersion: VersionStatsDto[];
}
