import type { components } from '../api/schema';
import { CANDIDATE_STAGES as STAGES, STAFF_DECISION_STAGES } from '@rolefit/domain/privacy/stages';

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

/**
 * The stages and the ones a person may record come from the domain (the API's enums are built
 * from the same lists); the check below breaks the type-check if the two ever part.
 */
export const CANDIDATE_STAGES = STAGES;
export const DECIDABLE_STAGES = STAFF_DECISION_STAGES;

// Both lists cover their enum exactly: a new stage in the API breaks the type-check here.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
export const stagesComplete: [
  Missing<CandidateStage, (typeof CANDIDATE_STAGES)[number]>,
  Missing<DecidableStage, (typeof DECIDABLE_STAGES)[number]>,
] = [true, true];
