import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments';
import { CandidateController } from './candidate.controller';
import { CandidateService } from './candidate.service';

@Module({
  imports: [AssessmentsModule],
  controllers: [CandidateController],
  providers: [CandidateService],
})
export class CandidateModule {}
