import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
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
import {
  CANDIDATE_STAGES,
  type CandidateStage,
  STAFF_DECISION_STAGES,
  type StaffDecisionStage,
} from '@rolefit/domain';
import { trim } from '../common/dto/transforms';
import { PageMetaDto, PageQuery } from '../common/pagination/pagination';
import { AUDIT_ACTIONS } from '../audit';

export class PrivacyNoticeTextDto {
  @ApiProperty({ maxLength: 20000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  en: string;

  @ApiProperty({ maxLength: 20000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  nb: string;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({
    description:
      'Candidate personal data is anonymised this many months after the last activity or decision.',
    minimum: 1,
    maximum: 120,
  })
  retentionMonths: number;
  @ApiProperty({ description: 'Candidates may read their own profile in words from their link.' })
  shareResultsWithCandidates: boolean;
  @ApiProperty({ type: PrivacyNoticeTextDto, description: 'The current privacy notice.' })
  privacyNotice: PrivacyNoticeTextDto;
  @ApiProperty({
    description: 'Version of the current notice; applications record the version shown.',
  })
  privacyNoticeVersion: number;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  retentionMonths?: number;

  @ApiPropertyOptional({
    type: PrivacyNoticeTextDto,
    description: 'A new text in both languages; becomes the next version.',
  })
  @IsOptional()
  @IsObject({ message: 'must be an object with en and nb' })
  @ValidateNested()
  @Type(() => PrivacyNoticeTextDto)
  privacyNotice?: PrivacyNoticeTextDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  shareResultsWithCandidates?: boolean;
}

export class PublicPrivacyNoticeDto {
  @ApiProperty() version: number;
  @ApiProperty() organizationName: string;
  @ApiProperty({ type: PrivacyNoticeTextDto }) text: PrivacyNoticeTextDto;
}

export class AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['user', 'candidate', 'system'] }) actorType: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The user's current name." })
  actorName: string | null;
  @ApiProperty({ nullable: true, type: String }) actorRole: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: string;
  @ApiProperty({ example: 'assessment' }) subjectType: string;
  @ApiProperty({ nullable: true, type: String }) subjectId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, description: 'Client address.' })
  address: string | null;
  @ApiProperty() createdAt: Date;
}

export class AuditEventPageDto extends PageMetaDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
}

export class AuditEventQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  actorUserId?: string;

  @ApiPropertyOptional({ example: 'assessment' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'From (inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'To (exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date-time' })
  to?: Date;
}

export class CreateDecisionDto {
  @ApiProperty({
    enum: STAFF_DECISION_STAGES,
    description:
      'The stage a person decides on. applied/invited/assessed follow from what the candidate ' +
      'does, withdrawn only the candidate chooses.',
  })
  @IsIn(STAFF_DECISION_STAGES)
  stage: StaffDecisionStage;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DecidedByDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class DecisionDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: CANDIDATE_STAGES }) stage: CandidateStage;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ enum: ['user', 'candidate'] }) actor: string;
  @ApiProperty({ type: DecidedByDto, nullable: true }) decidedBy: DecidedByDto | null;
  @ApiProperty() decidedAt: Date;
}

export class DecisionPageDto extends PageMetaDto {
  @ApiProperty({ type: [DecisionDto], description: 'Oldest first.' }) items: DecisionDto[];
}

export class ErasureDto {
  @ApiProperty({ maxLength: 2000, description: 'Why (recorded in the audit log).' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class ErasureResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() erasedAt: Date;
  @ApiProperty({ type: [String], example: ['name', 'email', 'answers', 'free text'] })
  erased: string[];
}

export class ProfileTextDto {
  @ApiProperty() en: string;
  @ApiPropertyOptional() nb?: string;
}

export class ProfileDimensionDto {
  @ApiProperty() dimension: string;
  @ApiProperty({ type: ProfileTextDto }) name: ProfileTextDto;
  @ApiProperty({ type: ProfileTextDto }) description: ProfileTextDto;
  @ApiProperty({ description: 'Your own score, 0–100.' }) score: number;
  @ApiProperty({ enum: ['low', 'moderate', 'high', 'very-high'] }) band: string;
  @ApiProperty({ type: ProfileTextDto }) bandLabel: ProfileTextDto;
  @ApiProperty({ type: ProfileTextDto, description: 'The band in plain words.' })
  words: ProfileTextDto;
  @ApiProperty({
    description:
      'The role asks clearly more of this than your answers show. Only yes or no: what the ' +
      'role looks for exactly is not told.',
  })
  roleAsksMore: boolean;
}

export class CandidateProfileDto {
  @ApiProperty() jobTitle: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() submittedAt: Date;
  @ApiProperty({ type: [ProfileDimensionDto] }) dimensions: ProfileDimensionDto[];
}

export class WithdrawalReceiptDto {
  @ApiProperty({ enum: ['withdrawn'] }) stage: 'withdrawn';
  @ApiProperty({ description: 'Keep this reference to ask the organisation about it.' })
  reference: string;
  @ApiProperty() withdrawnAt: Date;
  @ApiProperty() organizationName: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty({ type: [String] }) erased: string[];
  @ApiProperty({ description: 'What is kept, and why.' }) kept: string;
}
