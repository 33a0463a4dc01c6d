import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CandidateDto } from '../assessments';

/**
 * Applying from a public preview: the same name and email a recruiter's invitation takes,
 * and the version of the privacy notice the candidate was shown
 * (GET /public/previews/{slug}/privacy-notice).
 */
export class ApplyDto extends CandidateDto {
  @ApiProperty({
    minimum: 1,
    description: 'The privacy notice version shown to the candidate; recorded on the application.',
  })
  @IsInt()
  @Min(1)
  privacyNoticeVersion: number;
}

export class ApplicationDto {
  @ApiProperty({
    enum: ['sent'],
    description:
      'Always "sent": the private link goes to the email address (check your inbox), never ' +
      'in this response, and the answer is the same whether or not the address is known.',
  })
  status: 'sent';
}
