import { ApiProperty } from '@nestjs/swagger';
import { CandidateDto } from '../assessments/assessments.dto';

/** Applying from a public preview: the same name and email a recruiter's invitation takes. */
export class ApplyDto extends CandidateDto {}

export class ApplicationDto {
  @ApiProperty({
    enum: ['sent'],
    description:
      'Always "sent": the private link goes to the email address (check your inbox), never ' +
      'in this response, and the answer is the same whether or not the address is known.',
  })
  status: 'sent';
}
