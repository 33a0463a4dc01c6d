import type { FieldError } from '@rolefit/domain';
import type { MemberDto } from './teams.dto';

export interface MemberContext {
  dimensionKeys: ReadonlySet<string>;
  jobRoleIds: ReadonlySet<string>;
  /** assessmentId → dimension scores of a submitted assessment of this organisation. */
  assessmentProfiles: ReadonlyMap<string, Record<string, number>>;
}

/**
 * Checks what the DTO cannot: profile keys are dimensions of this organisation with values
 * 0–100, roles and assessments exist here. `prefix` is '' for one member, 'members[i].' in bulk.
 */
export function checkMember(
  member: MemberDto,
  context: MemberContext,
  prefix: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (member.currentJobRoleId && !context.jobRoleIds.has(member.currentJobRoleId.toLowerCase())) {
    errors.push({ field: `${prefix}currentJobRoleId`, message: 'no such job role' });
  }
  if (member.assessmentId && !context.assessmentProfiles.has(member.assessmentId.toLowerCase())) {
    errors.push({
      field: `${prefix}assessmentId`,
      message: 'no submitted assessment with this id',
    });
  }
  if (!member.profile && !member.assessmentId) {
    errors.push({
      field: `${prefix}profile`,
      message: 'give a profile or a submitted assessmentId',
    });
  }
  for (const [key, value] of Object.entries(member.profile ?? {})) {
    if (!context.dimensionKeys.has(key)) {
      errors.push({ field: `${prefix}profile.${key}`, message: `unknown dimension "${key}"` });
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
      errors.push({ field: `${prefix}profile.${key}`, message: 'must be a number from 0 to 100' });
    }
  }
  return errors;
}

/** The stored profile: the assessment's scores, overridden by any values entered by hand. */
export function resolveProfile(member: MemberDto, context: MemberContext): Record<string, number> {
  const fromAssessment = member.assessmentId
    ? (context.assessmentProfiles.get(member.assessmentId.toLowerCase()) ?? {})
    : {};
  return { ...fromAssessment, ...(member.profile ?? {}) };
}
