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

export type Decision = Schemas['DecisionDto'];
export type CandidateStage = Decision['stage'];
export type DecidableStage = Schemas['CreateDecisionDto']['stage'];

/** Every stage of the API's enum, in the order a candidate moves (a missing one fails tsc). */
export const CANDIDATE_STAGES = [
  'applied',
  'invited',
  'assessed',
  'shortlisted',
  'interviewed',
  'offered',
  'hired',
  'rejected',
  'withdrawn',
] as const satisfies readonly CandidateStage[];

/** The stages a person may record (POST /decisions); the others follow from the candidate. */
export const DECIDABLE_STAGES = [
  'shortlisted',
  'interviewed',
  'offered',
  'hired',
  'rejected',
] as const satisfies readonly DecidableStage[];

// Both lists cover their enum exactly: a new stage in the API breaks the type-check here.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
export const stagesComplete: [
  Missing<CandidateStage, (typeof CANDIDATE_STAGES)[number]>,
  Missing<DecidableStage, (typeof DECIDABLE_STAGES)[number]>,
] = [true, true];
