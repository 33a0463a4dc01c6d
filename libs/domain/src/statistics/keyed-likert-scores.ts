import type {
  Answers,
  LikertItem,
  QuestionnaireDefinition,
  Scale,
} from '../questionnaires/questionnaire.types';
import { answerOf, isLikertAnswer } from '../scoring/answer-rules';
import { keyedScore } from '../scoring/likert';

/** The likert items of a questionnaire grouped by dimension, resolved once per questionnaire. */
export interface LikertLayout {
  scale: Scale;
  /** Every likert item in questionnaire order: the order of a flat keyed row. */
  items: LikertItem[];
  /**
   * Dimensions in order of their first likert item; items in questionnaire order, with their
   * `positions` in the flat keyed row.
   */
  dimensions: Array<{ dimension: string; items: LikertItem[]; positions: number[] }>;
}

export function likertLayout(q: QuestionnaireDefinition): LikertLayout {
  const items = q.items.filter((item): item is LikertItem => item.type === 'likert');
  const byDimension = new Map<string, { items: LikertItem[]; positions: number[] }>();
  items.forEach((item, position) => {
    const group = byDimension.get(item.dimension) ?? { items: [], positions: [] };
    group.items.push(item);
    group.positions.push(position);
    byDimension.set(item.dimension, group);
  });
  return {
    scale: q.scale,
    items,
    dimensions: [...byDimension].map(([dimension, group]) => ({ dimension, ...group })),
  };
}

/**
 * Keyed scores of every likert item, flat in questionnaire order — the compact form worth
 * storing at submit so the reliability job need not re-read answer documents. Returns null
 * unless EVERY likert item has a valid answer: reliability uses complete submissions only, and
 * one row set for all dimensions keeps their n comparable.
 */
export function keyedLikertRow(layout: LikertLayout, answers: Answers): number[] | null {
  const row: number[] = [];
  for (const item of layout.items) {
    const answer = answerOf(answers, item.key);
    if (!isLikertAnswer(layout.scale, answer)) return null;
    row.push(keyedScore(layout.scale, item.keyed, answer));
  }
  return row;
}

/**
 * Splits a flat keyed row (see `keyedLikertRow`) into one array per layout dimension, ready for
 * `ReliabilityAccumulator.add`. A row that does not fit the layout — wrong length, or a score
 * off the scale — means it was written for another questionnaire version, and throws.
 */
export function splitKeyedRow(layout: LikertLayout, row: ArrayLike<number>): Float64Array[] {
  if (row.length !== layout.items.length) {
    throw new RangeError(
      `keyed row has ${row.length} scores, the questionnaire has ${layout.items.length} likert items`,
    );
  }
  for (let i = 0; i < row.length; i++) {
    if (!isLikertAnswer(layout.scale, row[i])) {
      throw new RangeError(`keyed score ${row[i]} at position ${i} is off the questionnaire scale`);
    }
  }
  return layout.dimensions.map(({ positions }) => Float64Array.from(positions, (p) => row[p]));
}

/** Answers → keyed score arrays per layout dimension (same order); null when incomplete. */
export function keyedScoresByDimension(
  layout: LikertLayout,
  answers: Answers,
): Float64Array[] | null {
  const row = keyedLikertRow(layout, answers);
  return row === null ? null : splitKeyedRow(layout, row);
}
