import { type Locale, SUPPORTED_LOCALES } from '@rolefit/domain';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { trim } from '../common/dto/transforms';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextDto } from '../common/dto/localized-text.dto';
import { PageMetaDto } from '../common/pagination/pagination';

export const QUESTIONNAIRE_ITEM_TYPES = ['likert', 'choice', 'knockout'] as const;

export class ChoiceOptionDto {
  @ApiProperty({ example: 'explore-value', description: 'Lowercase slug, unique in its item.' })
  @IsString()
  @MaxLength(60)
  key: string;

  @ApiProperty({ type: LocalizedTextDto })
  @IsObject({ message: 'must be an object of locale → text' })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  text: LocalizedTextDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', minimum: 0, maximum: 100 },
    example: { 'negotiation-closing': 95, 'account-care': 75 },
    description: 'dimension key → contribution on the 0–100 scale when this option is chosen.',
  })
  @IsObject()
  scores: Record<string, number>;
}

/**
 * One item. Which fields apply depends on `type`: likert uses dimension, keyed and weight;
 * choice uses options and weight; knockout uses passingAnswer. Drafts may be incomplete;
 * publishing checks everything.
 */
export class QuestionnaireItemDto {
  @ApiProperty({ example: 'prospecting-1', description: 'Lowercase slug; answers use it.' })
  @IsString()
  @MaxLength(60)
  key: string;

  @ApiProperty({ enum: QUESTIONNAIRE_ITEM_TYPES })
  @IsIn(QUESTIONNAIRE_ITEM_TYPES)
  type: (typeof QUESTIONNAIRE_ITEM_TYPES)[number];

  @ApiProperty({ type: LocalizedTextDto })
  @IsObject({ message: 'must be an object of locale → text' })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  text: LocalizedTextDto;

  @ApiPropertyOptional({ example: 'prospecting', description: 'likert: the dimension measured.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  dimension?: string;

  @ApiPropertyOptional({
    enum: [1, -1],
    description: 'likert: 1 = agreeing means more of the dimension; -1 = reverse-keyed.',
  })
  @IsOptional()
  @IsIn([1, -1])
  keyed?: 1 | -1;

  @ApiPropertyOptional({
    exclusiveMinimum: true,
    minimum: 0,
    default: 1,
    description: 'likert and choice: weight within the dimension score.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(100)
  weight?: number;

  @ApiPropertyOptional({ type: [ChoiceOptionDto], description: 'choice: at least two options.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChoiceOptionDto)
  options?: ChoiceOptionDto[];

  @ApiPropertyOptional({ description: 'knockout: the answer that meets the requirement.' })
  @IsOptional()
  @IsBoolean()
  passingAnswer?: boolean;
}

export class ScaleDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(-100)
  @Max(100)
  min: number;

  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(-100)
  @Max(100)
  max: number;
}

export class CreateQuestionnaireDto {
  @ApiProperty({ example: 'Sales role fit', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, isArray: true, default: ['en'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(SUPPORTED_LOCALES, { each: true })
  locales?: Locale[];

  @ApiPropertyOptional({ type: ScaleDto, default: { min: 1, max: 5 } })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScaleDto)
  scale?: ScaleDto;

  @ApiPropertyOptional({ type: [QuestionnaireItemDto], default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => QuestionnaireItemDto)
  items?: QuestionnaireItemDto[];
}

/** Every field optional; `items`, when given, replaces the whole list. */
export class UpdateQuestionnaireDto extends PartialType(CreateQuestionnaireDto) {}

export class VersionQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'A specific version; default the latest.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version?: number;
}

export class QuestionnaireDto {
  @ApiProperty({ format: 'uuid', description: 'The questionnaire (all its versions).' })
  id: string;
  @ApiProperty({ enum: ['draft', 'published'], description: 'Status of the version shown.' })
  status: string;
  @ApiProperty({ description: 'The version shown: the open draft, if any, unless asked.' })
  version: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Latest published version, if any.' })
  publishedVersion: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SUPPORTED_LOCALES, isArray: true }) locales: string[];
  @ApiProperty({ type: ScaleDto }) scale: ScaleDto;
  @ApiProperty({ type: [QuestionnaireItemDto] }) items: QuestionnaireItemDto[];
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class QuestionnaireSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['draft', 'published'], description: 'Status of the latest version.' })
  status: string;
  @ApiProperty({ description: 'Latest version number.' }) version: number;
  @ApiProperty({ nullable: true, type: Number }) publishedVersion: number | null;
  @ApiProperty() itemCount: number;
  @ApiProperty() updatedAt: Date;
}

export class QuestionnairePageDto extends PageMetaDto {
  @ApiProperty({ type: [QuestionnaireSummaryDto] }) items: QuestionnaireSummaryDto[];
}

export class ForbiddenTopicsOverrideDto {
  @ApiProperty({
    maxLength: 2000,
    description: 'Why the job really needs to ask this (recorded in the audit log).',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class PublishQuestionnaireDto {
  @ApiPropertyOptional({
    type: ForbiddenTopicsOverrideDto,
    description:
      'Admins only: publish even though item texts touch topics applicants may not be asked ' +
      'about (pregnancy/family plans, religion, ethnicity, disability, sexual orientation, ' +
      'gender identity, political views, union membership, health beyond the job).',
  })
  @IsOptional()
  @IsObject({ message: 'must be an object with a reason' })
  @ValidateNested()
  @Type(() => ForbiddenTopicsOverrideDto)
  forbiddenTopicsOverride?: ForbiddenTopicsOverrideDto;
}

export class PublishQuestionnaireResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: ['published'] }) status: string;
  @ApiProperty({
    type: [String],
    description:
      'Advice, not errors: dimensions of the job roles using this questionnaire (or, when no ' +
      'role uses it yet, the dimensions it measures) with fewer than three likert items.',
  })
  warnings: string[];
}

export class ItemReliabilityDto {
  @ApiProperty() key: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean keyed score.' })
  mean: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Sample SD of the keyed score.' })
  sd: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Pearson r of the item vs. the sum of the other items of its dimension.',
  })
  correctedItemTotal: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Alpha of the dimension without it.' })
  alphaIfDeleted: number | null;
}

export class DimensionReliabilityDto {
  @ApiProperty() dimension: string;
  @ApiProperty() n: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: "Cronbach's alpha; null with fewer than two items or two submissions.",
  })
  alpha: number | null;
  @ApiProperty({ type: [ItemReliabilityDto] }) items: ItemReliabilityDto[];
}

export class ReliabilityResultDto {
  @ApiProperty({ description: 'Complete submissions analysed.' }) n: number;
  @ApiProperty({ type: [DimensionReliabilityDto] }) dimensions: DimensionReliabilityDto[];
}

export class ReliabilityRunAcceptedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running'] }) status: string;
  @ApiProperty({ description: 'The published version being analysed.' })
  questionnaireVersion: number;
}

export class ReliabilityRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty() questionnaireVersion: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why it failed.' })
  error?: string | null;
  @ApiPropertyOptional({ nullable: true, type: ReliabilityResultDto })
  result?: ReliabilityResultDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Submissions covered.' })
  n: number | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Computation time in ms.' })
  durationMs: number | null;
}
