/** Assessments: invitations, candidate links, results and the candidate-facing limits. */
export { hashAssessmentToken, isWellFormedToken, issueAssessmentToken } from './assessment-token';
export { CandidateDto } from './assessments.dto';
export { AssessmentsModule } from './assessments.module';
export { AssessmentsService } from './assessments.service';
export { CandidateLinksService } from './candidate-links.service';
export { CandidateRateLimits, tooManyRequests } from './rate-limits';
