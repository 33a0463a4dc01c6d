import { AuditEventRepository } from './audit-event.repository';
import { CandidateDataRepository } from './candidate-data.repository';
import { OrganizationSettingsRepository } from './organization-settings.repository';
import { RetentionRepository } from './retention.repository';

export * from './audit-event.repository';
export * from './candidate-data.repository';
export * from './organization-settings.repository';
export * from './retention.repository';

/** The repositories of candidate rights, retention and the audit log. */
export const RIGHTS_REPOSITORIES = [
  AuditEventRepository,
  CandidateDataRepository,
  OrganizationSettingsRepository,
  RetentionRepository,
];
