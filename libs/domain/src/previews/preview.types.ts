import { SUPPORTED_LOCALES } from '../locales';
/**
 * Content of a realistic job preview (RJP), field names exactly as clients see them.
 * `PreviewContent` is what a published version holds; `PreviewDraft` is what a recruiter may
 * save while still writing, so every field (and every field of every list entry) is optional.
 */
import type { Locale } from '../questionnaires/questionnaire.types';

export type PreviewChannel = 'phone' | 'digital' | 'inPerson' | 'internal';
export type DemandKind = 'requirement' | 'expectation';
export type RemotePolicy = 'onsite' | 'hybrid' | 'remote';
export type PreviewLocale = Locale;

export const PREVIEW_CHANNELS: readonly PreviewChannel[] = [
  'phone',
  'digital',
  'inPerson',
  'internal',
];
export const DEMAND_KINDS: readonly DemandKind[] = ['requirement', 'expectation'];
export const REMOTE_POLICIES: readonly RemotePolicy[] = ['onsite', 'hybrid', 'remote'];
export const PREVIEW_LOCALES: readonly PreviewLocale[] = SUPPORTED_LOCALES;

/** One block of the typical day; times are 24-hour `HH:MM` on the same day. */
export interface TypicalDayBlock {
  start: string;
  end: string;
  activity: string;
  channel: PreviewChannel;
  description: string;
}

export interface TimeAllocationEntry {
  activity: string;
  /** Share of working time, 0–100; decimals allowed, all entries sum to exactly 100. */
  percent: number;
}

export interface Demand {
  text: string;
  kind: DemandKind;
}

export interface PreviewContent {
  headline: string;
  summary: string;
  typicalDay: TypicalDayBlock[];
  timeAllocation: TimeAllocationEntry[];
  culture: string[];
  demands: Demand[];
  /** Honest downsides of the job; at least one is required to publish. */
  hardParts: string[];
  location: string;
  remote: RemotePolicy;
  locale: PreviewLocale;
}

export interface PreviewDraft {
  headline?: string;
  summary?: string;
  typicalDay?: Partial<TypicalDayBlock>[];
  timeAllocation?: Partial<TimeAllocationEntry>[];
  culture?: string[];
  demands?: Partial<Demand>[];
  hardParts?: string[];
  location?: string;
  remote?: RemotePolicy;
  locale?: PreviewLocale;
}

/** Counts behind a preview's stats; `views` counts page loads, the others reactions. */
export interface PreviewReactionCounts {
  views: number;
  interested: number;
  notForMe: number;
}
