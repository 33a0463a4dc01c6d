import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { queryBoolean } from '../common/dto/transforms';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageMetaDto, PageQuery } from '../common/pagination/pagination';

export const DIRECTIONS = ['atLeast', 'ideal'] as const;

export class ProfileEntryDto {
  @ApiProperty({ example: 'prospecting' })
  @IsString()
  @MaxLength(40)
  dimension: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 75 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  target: number;

  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: 100, example: 2 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(100)
  weight: number;

  @ApiProperty({
    enum: DIRECTIONS,
    description: 'atLeast: more is fine; ideal: distance either way counts.',
  })
  @IsIn(DIRECTIONS)
  direction: (typeof DIRECTIONS)[number];

  @ApiPropertyOptional({
    type: Number,
    minimum: 0,
    maximum: 100,
    nullable: true,
    description: 'A hurdle: scores below it make a candidate ineligible.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minimum?: number | null;
}

export class ChannelMixDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 60 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  phone: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 30 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  digital: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 10 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  inPerson: number;
}

export class CreateJobRoleDto {
  @ApiProperty({ example: 'Meeting booker', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ maxLength: 5000, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isLeadership?: boolean;

  @ApiProperty({ type: [ProfileEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProfileEntryDto)
  profile: ProfileEntryDto[];

  @ApiProperty({ type: ChannelMixDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ChannelMixDto)
  channels: ChannelMixDto;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  questionnaireId?: string | null;
}

export class UpdateJobRoleDto extends PartialType(CreateJobRoleDto) {}

export class JobRoleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() isLeadership: boolean;
  @ApiProperty({ type: [ProfileEntryDto] }) profile: ProfileEntryDto[];
  @ApiProperty({ type: ChannelMixDto }) channels: ChannelMixDto;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) questionnaireId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'Archived roles are hidden from lists and take no new candidates.',
  })
  archivedAt: Date | null;
}

export class JobRolePageDto extends PageMetaDto {
  @ApiProperty({ type: [JobRoleDto] }) items: JobRoleDto[];
}

export class JobRoleListQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'Include archived roles (default false).' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'must be true or false' })
  archived?: boolean;
}
