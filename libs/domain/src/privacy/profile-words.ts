import type { LocalizedText } from '../questionnaires/questionnaire.types';

/**
 * A candidate's own result, told in plain words per dimension. Only their own scores: never
 * the role's targets or weights, their rank, or anything about other candidates.
 */
export type ScoreBand = 'low' | 'moderate' | 'high' | 'very-high';

/** Bands on the 0–100 scale: [0, 35) low, [35, 60) moderate, [60, 80) high, [80, 100] very high. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'very-high';
  if (score >= 60) return 'high';
  if (score >= 35) return 'moderate';
  return 'low';
}

const BAND_WORDS: Record<ScoreBand, { en: string; nb: string }> = {
  low: {
    en: 'This is not where your answers put your strength today.',
    nb: 'Svarene dine peker ikke hit som din styrke i dag.',
  },
  moderate: {
    en: 'Your answers show this in some situations, less in others.',
    nb: 'Svarene dine viser dette i noen situasjoner, mindre i andre.',
  },
  high: {
    en: 'Your answers show this clearly as a strength.',
    nb: 'Svarene dine viser tydelig dette som en styrke.',
  },
  'very-high': {
    en: 'Your answers show this as one of your strongest sides.',
    nb: 'Svarene dine viser dette som en av dine sterkeste sider.',
  },
};

const BAND_LABELS: Record<ScoreBand, { en: string; nb: string }> = {
  low: { en: 'Low', nb: 'Lav' },
  moderate: { en: 'Moderate', nb: 'Middels' },
  high: { en: 'High', nb: 'Høy' },
  'very-high': { en: 'Very high', nb: 'Svært høy' },
};

export interface ProfileDimensionWords {
  dimension: string;
  name: LocalizedText;
  description: LocalizedText;
  /** The candidate's own score, 0–100, rounded to a whole number. */
  score: number;
  band: ScoreBand;
  bandLabel: { en: string; nb: string };
  words: { en: string; nb: string };
  /**
   * The role asks clearly more of this than the candidate's answers show (at least
   * ASKS_MORE_MARGIN points below what the role looks for, or under its minimum). A yes/no
   * only: the role's target, weight and minimum themselves are never told.
   */
  roleAsksMore: boolean;
}

/** How far below the role's target a score must be before the role "asks more of" it. */
export const ASKS_MORE_MARGIN = 10;

/** What the stored result knows of the role, used only to say where it asks more. */
export interface RoleComparison {
  /** Per profiled dimension: the target the score was compared with at submit. */
  targets?: ReadonlyArray<{ dimension: string; target: number }>;
  /** Dimensions below the role's minimum. */
  minimumsMissed?: ReadonlyArray<string>;
}

/**
 * One entry per measured dimension, in the organisation's model order (dimensions the
 * questionnaire did not measure are left out: there is nothing to tell).
 */
export function describeProfile(
  scores: Readonly<Record<string, number>>,
  model: ReadonlyArray<{ key: string; name: LocalizedText; description: LocalizedText }>,
  role: RoleComparison = {},
): ProfileDimensionWords[] {
  const targets = new Map((role.targets ?? []).map((t) => [t.dimension, t.target]));
  const missed = new Set(role.minimumsMissed ?? []);
  return model
    .filter((d) => typeof scores[d.key] === 'number')
    .map((d) => {
      const score = scores[d.key];
      const band = scoreBand(score);
      return {
        dimension: d.key,
        name: d.name,
        description: d.description,
        score: Math.round(score),
        band,
        bandLabel: BAND_LABELS[band],
        words: BAND_WORDS[band],
        roleAsksMore:
          missed.has(d.key) || (targets.get(d.key) ?? -Infinity) - score >= ASKS_MORE_MARGIN,
      };
    });
}
