import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type JobRole = Schemas['JobRoleDto'];
export type ProfileEntry = Schemas['ProfileEntryDto'];
export type Dimension = Schemas['DimensionDto'];
export type RolePreview = Schemas['RolePreviewDto'];
export type RoleFunnel = Schemas['RoleFunnelDto'];
export type Preview = Schemas['PreviewDto'];
export type PreviewContent = Schemas['PreviewContentDto'];
export type DayBlock = Schemas['DayBlockDto'];
export type PreviewStats = Schemas['PreviewStatsDto'];
export type Questionnaire = Schemas['QuestionnaireDto'];
export type QuestionnaireItem = Schemas['QuestionnaireItemDto'];
export type QuestionnaireSummary = Schemas['QuestionnaireSummaryDto'];
export type ReliabilityRun = Schemas['ReliabilityRunDto'];
export type AssessmentResult = Schemas['AssessmentResultDto'];

/** The problem+json body of an API error, as far as the pages use it. */
export interface ProblemBody {
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export function asProblem(error: unknown): ProblemBody {
  return error && typeof error === 'object' ? error : {};
}
