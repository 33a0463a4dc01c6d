import {
  DimensionEntity,
  JobPreviewEntity,
  JobPreviewVersionEntity,
  JobRoleEntity,
  OrganizationEntity,
  PreviewReactionEntity,
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
];
