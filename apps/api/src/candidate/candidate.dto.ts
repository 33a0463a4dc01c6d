import { type Locale, SUPPORTED_LOCALES } from '@rolefit/domain';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional } from 'class-validator';

export class CandidateLocaleQuery {
  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: 'Language of the texts; default the one chosen at invitation or application.',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class CandidateOptionDto {
  @ApiProperty() key: string;
  @ApiProperty() text: string;
}

/** An item as a candidate sees it: nothing that scores it. */
export class CandidateItemDto {
  @ApiProperty({ description: 'Answer under this key.' }) key: string;
  @ApiProperty({
    enum: ['likert', 'choice', 'knockout'],
    description: 'likert: a whole number on the scale; choice: an option key; knockout: yes/no.',
  })
  type: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional({ type: [CandidateOptionDto], description: 'choice items only.' })
  options?: CandidateOptionDto[];
}

export class CandidateScaleDto {
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

/** itemKey → integer | option key | boolean, as an OpenAPI map. */
function answersSchema(description: string): ApiPropertyOptions {
  return {
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'integer' }, { type: 'string' }, { type: 'boolean' }],
    },
    example: {
      'prospecting-1': 4,
      'situation-price-pressure': 'explore-value',
      'right-to-work': true,
    },
    description,
  };
}

export class CandidatePrivacyNoticeDto {
  @ApiProperty() version: number;
  @ApiProperty() en: string;
  @ApiProperty() nb: string;
}

export class CandidateAssessmentDto {
  @ApiProperty({ enum: ['invited', 'started', 'submitted'] }) status: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty() jobTitle: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: SUPPORTED_LOCALES, description: 'Language of the texts below.' })
  locale: string;
  @ApiProperty({ enum: SUPPORTED_LOCALES, isArray: true, description: 'Languages offered.' })
  locales: string[];
  @ApiProperty() title: string;
  @ApiProperty({ type: CandidateScaleDto, description: 'Answer range of likert items.' })
  scale: CandidateScaleDto;
  @ApiProperty({ type: [CandidateItemDto] }) items: CandidateItemDto[];
  @ApiProperty(answersSchema('Answers saved so far.'))
  answers: Record<string, number | string | boolean>;
  @ApiProperty({ type: [String], description: 'Item keys still without an answer.' })
  unanswered: string[];
  @ApiProperty({
    type: CandidatePrivacyNoticeDto,
    description: 'Shown before starting; its version is recorded when the first answer is saved.',
  })
  privacyNotice: CandidatePrivacyNoticeDto;
  @ApiProperty({
    description: 'Whether the organisation shows you your own profile once you have submitted.',
  })
  resultsShared: boolean;
}

export class SaveAnswersDto {
  @ApiProperty(
    answersSchema(
      'itemKey → answer: an integer inside the scale (likert), an option key (choice) or ' +
        'true/false (knockout); null clears a saved answer. Partial: keys not sent stay as saved.',
    ),
  )
  @IsObject({ message: 'must be an object of item key → answer' })
  answers: Record<string, unknown>;
}

export class SavedAnswersDto {
  @ApiProperty({ enum: ['started'] }) status: string;
  @ApiProperty(answersSchema('All answers saved so far.'))
  answers: Record<string, number | string | boolean>;
  @ApiProperty({ type: [String] }) unanswered: string[];
}

export class SubmittedDto {
  @ApiProperty({ enum: ['submitted'] }) status: string;
  @ApiProperty() submittedAt: Date;
}
