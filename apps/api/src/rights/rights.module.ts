import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments';
import {
  CandidateRightsController,
  PublicPrivacyNoticeController,
} from './candidate-rights.controller';
import { CandidateRightsService } from './candidate-rights.service';
import { DecisionsController, OrganizationController } from './staff-rights.controller';
import { StaffRightsService } from './staff-rights.service';

/** Candidate data rights: decisions, erasure, export, withdrawal, settings and the audit log. */
@Module({
  imports: [AssessmentsModule],
  controllers: [
    OrganizationController,
    DecisionsController,
    CandidateRightsController,
    PublicPrivacyNoticeController,
  ],
  providers: [StaffRightsService, CandidateRightsService],
})
export class RightsModule {}
