import { AccountRepository } from './account.repository';
import { AssessmentLinkRepository } from './assessment-link.repository';
import { SessionRepository } from './session.repository';
import { AssessmentRepository } from './assessment.repository';
import { CandidateAssessmentRepository } from './candidate-assessment.repository';
import { DimensionRepository } from './dimension.repository';
import { JobRoleRepository } from './job-role.repository';
import { OrganizationRepository } from './organization.repository';
import { MailMessageRepository } from './mail-message.repository';
import { OutboxRepository } from './outbox.repository';
import { PreviewRepository } from './preview.repository';
import { QuestionnaireRepository } from './questionnaire.repository';
import { ReliabilityInputRepository } from './reliability-input.repository';
import { ReliabilityRunRepository } from './reliability-run.repository';
import { RoleOverviewRepository } from './role-overview.repository';
import { TeamAnalysisRepository } from './team-analysis.repository';
import { TeamRepository } from './team.repository';
import { Transactions } from './transactions';
import { UserRepository } from './user.repository';
import { RIGHTS_REPOSITORIES } from './rights';

export * from './account.repository';
export * from './assessment-link.repository';
export * from './session.repository';
export * from './assessment.repository';
export * from './candidate-assessment.repository';
export * from './dimension.repository';
export * from './job-role.repository';
export * from './organization.repository';
export * from './mail-message.repository';
export * from './outbox.repository';
export * from './preview.repository';
export * from './questionnaire.repository';
export * from './reliability-input.repository';
export * from './reliability-run.repository';
export * from './role-overview.repository';
export * from './run-status';
export * from './team-analysis.repository';
export * from './team.repository';
export * from './transactions';
export * from './user.repository';
export * from './rights';

/** Every repository: provided and exported by PersistenceModule, injected by class. */
export const REPOSITORIES = [
  Transactions,
  OutboxRepository,
  OrganizationRepository,
  DimensionRepository,
  JobRoleRepository,
  TeamRepository,
  QuestionnaireRepository,
  PreviewRepository,
  TeamAnalysisRepository,
  ReliabilityRunRepository,
  ReliabilityInputRepository,
  AssessmentRepository,
  CandidateAssessmentRepository,
  UserRepository,
  MailMessageRepository,
  RoleOverviewRepository,
  AssessmentLinkRepository,
  SessionRepository,
  AccountRepository,
  ...RIGHTS_REPOSITORIES,
];
