import { type Locale, SUPPORTED_LOCALES } from '@rolefit/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { queryBoolean, trim } from '../common/dto/transforms';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageMetaDto, PageQuery } from '../common/pagination/pagination';
import { CANDIDATE_STAGES, type CandidateStage } from '@rolefit/domain';
import { CANDIDATE_SORTS, type CandidateSort } from '@rolefit/persistence';
import { ProfileEntryDto } from '../job-roles';

export class CandidateDto {
  @ApiProperty({ example: 'Kari Nordmann', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'kari@example.com', maxLength: 254 })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;
}

export class CreateAssessmentDto {
  @ApiProperty({ type: CandidateDto })
  @IsObject({ message: 'must be an object with name and email' })
  @ValidateNested()
  @Type(() => CandidateDto)
  candidate: CandidateDto;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: 'Language the candidate sees first (default: the questionnaire’s first).',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class AssessmentInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    description:
      'The new assessment’s private link token (the candidate’s link is {PUBLIC_URL}/a#{token}; ' +
      'it is also emailed to them). Shown only when the assessment is created.',
  })
  token: string;
  @ApiProperty() expiresAt: Date;
}

/** Re-inviting an email with an open assessment: its own link was emailed to it again. */
export class AssessmentResentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ enum: [true], description: 'The existing link was emailed to the candidate.' })
  resent: true;
}

export class CandidateSummaryDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class DimensionResultDto {
  @ApiProperty() dimension: string;
  @ApiProperty({ description: 'Dimension score, 0–100 (POMP).' }) score: number;
  @ApiProperty() target: number;
  @ApiProperty() weight: number;
  @ApiProperty({ description: 'max(0, target − score) for atLeast, |target − score| for ideal.' })
  deviation: number;
  @ApiProperty({ description: 'Percent of the fit loss due to this dimension (sums to 100).' })
  lossShare: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Percentile rank of the score among scored assessments of the same questionnaire ' +
      'version and role, computed now: 100 × (below + 0.5 × equal) / n.',
  })
  percentile: number | null;
}

export class AssessmentResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) jobRoleId: string;
  @ApiProperty({ format: 'uuid' }) questionnaireId: string;
  @ApiProperty({ description: 'The published questionnaire version taken.' })
  questionnaireVersion: number;
  @ApiProperty({ type: CandidateSummaryDto }) candidate: CandidateSummaryDto;
  @ApiProperty({ enum: ['invitation', 'application'] }) source: string;
  @ApiProperty({
    description:
      'Submitted attempts of this email for this role (a retake is possible only after ' +
      'RETAKE_COOLDOWN_DAYS).',
  })
  attempts: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The preview version the candidate applied from.',
  })
  previewVersion: number | null;
  @ApiProperty({ enum: ['invited', 'started', 'submitted'] }) status: string;
  @ApiProperty({
    enum: CANDIDATE_STAGES,
    description: 'Where the candidate stands; changed only by people (see /decisions).',
  })
  stage: CandidateStage;
  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'When name, email and answers were erased (scores stay, without identity).',
  })
  anonymizedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Fit 0–100; null until submitted.' })
  fit: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Percentile rank of the fit.' })
  fitPercentile: number | null;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'Every knockout passed and every minimum met. Ineligible keep their fit.',
  })
  eligible: boolean | null;
  @ApiProperty({ type: [DimensionResultDto], description: 'The explanation, in profile order.' })
  dimensionScores: DimensionResultDto[];
  @ApiProperty({ type: [String], description: 'Knockout item keys not passed.' })
  knockoutsFailed: string[];
  @ApiProperty({ type: [String], description: 'Profile dimensions below their minimum.' })
  minimumsMissed: string[];
  @ApiProperty({
    type: [ProfileEntryDto],
    nullable: true,
    description: 'The role profile at submit time, which this result was scored against.',
  })
  profile: ProfileEntryDto[] | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
}

export class CandidatePageDto extends PageMetaDto {
  @ApiProperty({ type: [AssessmentResultDto] }) items: AssessmentResultDto[];
}

export class CandidateQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: CANDIDATE_SORTS,
    default: '-fit',
    description: '-fit: best fit first (default); fit: lowest first; submittedAt: oldest first.',
  })
  @IsOptional()
  @IsIn(CANDIDATE_SORTS)
  sort: CandidateSort = '-fit';

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Only eligible (true) or ineligible (false).',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'must be true or false' })
  eligible?: boolean;

  @ApiPropertyOptional({ enum: CANDIDATE_STAGES, description: 'Only candidates in this stage.' })
  @IsOptional()
  @IsIn(CANDIDATE_STAGES)
  stage?: CandidateStage;
}
