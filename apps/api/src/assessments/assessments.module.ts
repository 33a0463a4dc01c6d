import { Module } from '@nestjs/common';
import { JobRolesModule } from '../job-roles';
import { QuestionnairesModule } from '../questionnaires';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { CandidateRateLimits } from './rate-limits';
import { CandidateLinksService } from './candidate-links.service';

@Module({
  imports: [JobRolesModule, QuestionnairesModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, CandidateRateLimits, CandidateLinksService],
  exports: [AssessmentsService, CandidateRateLimits, CandidateLinksService],
})
export class AssessmentsModule {}
