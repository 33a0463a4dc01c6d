import { Module } from '@nestjs/common';
import { JobRolesModule } from '../job-roles/job-roles.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { CandidateRateLimits } from './rate-limits';

@Module({
  imports: [JobRolesModule, QuestionnairesModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, CandidateRateLimits],
  exports: [AssessmentsService, CandidateRateLimits],
})
export class AssessmentsModule {}
