import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsInt,
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
import { PageMetaDto } from '../common/pagination/pagination';

export const MAX_BULK_MEMBERS = 10_000;

export class CreateTeamDto {
  @ApiProperty({ example: 'Sales Oslo', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A user of the organisation; defaults to the caller.',
  })
  @IsOptional()
  @IsUUID('all')
  managerId?: string;
}

export class UpdateTeamDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  managerId?: string;
}

export class RequirementDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  jobRoleId: string;

  @ApiProperty({ minimum: 0, maximum: 10000, example: 3 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  slots: number;
}

export class MemberDto {
  @ApiProperty({ example: 'Kari Nordmann', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'kari@example.com', nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  currentJobRoleId?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number', minimum: 0, maximum: 100 },
    example: { prospecting: 72, resilience: 64 },
    description: 'dimensionKey → 0–100. Required unless assessmentId is given.',
  })
  @IsOptional()
  @IsObject()
  profile?: Record<string, number>;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A submitted assessment whose dimension scores become the profile.',
  })
  @IsOptional()
  @IsUUID('all')
  assessmentId?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 104,
    description: 'E.g. quota attainment %.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1_000_000)
  @Max(1_000_000)
  performance?: number | null;
}

/**
 * Changes to one member: only the fields given change. A new `profile` replaces the old one; a
 * new `assessmentId` takes the profile from that submitted assessment (values in `profile`
 * still win), as when adding a member.
 */
export class UpdateMemberDto extends PartialType(MemberDto) {}

/** One member, or `{ members: [...] }` with up to 10,000 at once (all or nothing). */
export class AddMembersDto extends MemberDto {}

export class BulkMembersDto {
  @ApiProperty({ type: [MemberDto], maxItems: MAX_BULK_MEMBERS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => MemberDto)
  members: MemberDto[];
}

export class TeamMemberViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) currentJobRoleId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) profile: Record<
    string,
    number
  >;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) assessmentId: string | null;
  @ApiProperty({ nullable: true, type: Number }) performance: number | null;
}

export class MembersAddedDto {
  @ApiProperty() added: number;
  @ApiProperty({
    type: [TeamMemberViewDto],
    description: 'The members created (first 100 for bulk).',
  })
  members: TeamMemberViewDto[];
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) managerId: string | null;
  @ApiProperty() memberCount: number;
  @ApiProperty({ type: [RequirementDto] }) requirements: RequirementDto[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class TeamPageDto extends PageMetaDto {
  @ApiProperty({ type: [TeamDto] }) items: TeamDto[];
}

export class MemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [TeamMemberViewDto] }) items: TeamMemberViewDto[];
}
