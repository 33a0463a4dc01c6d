import {
  DimensionEntity,
  JobPreviewEntity,
  JobPreviewVersionEntity,
  JobRoleEntity,
  OrganizationEntity,
  OutboxMessageEntity,
  PreviewReactionEntity,
  TeamAnalysisEntity,
  TeamEntity,
  TeamMemberEntity,
  TeamRequirementEntity,
  UserEntity,
} from './entities';

/** Listed explicitly (no globs) so the same list works compiled, in Jest and in the CLI. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  DimensionEntity,
  JobRoleEntity,
  JobPreviewEntity,
  JobPreviewVersionEntity,
  PreviewReactionEntity,
  OutboxMessageEntity,
  TeamEntity,
  TeamMemberEntity,
  TeamRequirementEntity,
  TeamAnalysisEntity,
];
