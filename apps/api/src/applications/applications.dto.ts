import { ApiProperty } from '@nestjs/swagger';
import { CandidateDto } from '../assessments/assessments.dto';

/** Applying from a public preview: the same name and email a recruiter's invitation takes. */
export class ApplyDto extends CandidateDto {}

export class ApplicationDto {
  @ApiProperty({
    description:
      'The private token for GET /candidate/assessments/{token}. Shown only here. Applying ' +
      'again with the same email while the assessment is open returns the same assessment ' +
      'with a fresh token (the previous one stops working).',
  })
  assessmentToken: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ description: 'The preview version the application was recorded against.' })
  previewVersion: number;
}
