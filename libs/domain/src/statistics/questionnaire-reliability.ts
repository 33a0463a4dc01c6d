import type { Answers, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import {
  keyedLikertRow,
  likertLayout,
  splitKeyedRow,
  type LikertLayout,
} from './keyed-likert-scores';
import { ReliabilityAccumulator, type ItemReliability } from './reliability-accumulator';

export interface DimensionReliability {
  dimension: string;
  n: number;
  alpha: number | null;
  items: Array<{ key: string } & ItemReliability>;
}

/**
 * Reliability of every dimension of one questionnaire version, fed one submission at a time so
 * the caller can stream rows from SQL in chunks. Only likert items count (choice items have no
 * common scale and knockouts measure no dimension); item statistics are on the keyed raw scale
 * (e.g. 1–5), and the total is the unweighted sum of keyed scores, as Cronbach's alpha defines it.
 */
export class QuestionnaireReliabilityAccumulator {
  private readonly layout: LikertLayout;
  private readonly accumulators: ReliabilityAccumulator[];
  /** Reused per stored row, so streaming many rows allocates nothing per row. */
  private readonly buffers: Float64Array[];
  private keptRows = 0;
  private skippedRows = 0;

  constructor(q: QuestionnaireDefinition) {
    this.layout = likertLayout(q);
    this.accumulators = this.layout.dimensions.map(
      (d) => new ReliabilityAccumulator(d.items.length),
    );
    this.buffers = this.layout.dimensions.map((d) => new Float64Array(d.items.length));
  }

  /** How many scores a flat keyed row has: the questionnaire's likert items. */
  get width(): number {
    return this.layout.items.length;
  }

  /** Adds one submission's answers; returns false (counted as skipped) when incomplete. */
  add(answers: Answers): boolean {
    return this.addKeyedRow(keyedLikertRow(this.layout, answers));
  }

  /**
   * Adds one submission already reduced to its flat keyed likert row (`keyedLikertRow`, e.g. as
   * stored at submit); null stands for an incomplete submission and is counted as skipped.
   */
  addKeyedRow(row: ArrayLike<number> | null): boolean {
    if (row === null) {
      this.skippedRows++;
      return false;
    }
    splitKeyedRow(this.layout, row).forEach((scores, d) => this.accumulators[d].add(scores));
    this.keptRows++;
    return true;
  }

  /**
   * Adds one flat keyed row as read back from storage. Storage is not trusted: a row that is
   * missing, of another length, or holds anything but scores on the scale is skipped (and
   * counted) rather than failing the whole run. Allocates nothing per row.
   */
  addStoredRow(row: ArrayLike<number> | null): boolean {
    if (!row || row.length !== this.width || !this.onScale(row)) {
      this.skippedRows++;
      return false;
    }
    this.layout.dimensions.forEach(({ positions }, d) => {
      const buffer = this.buffers[d];
      for (let i = 0; i < positions.length; i++) buffer[i] = row[positions[i]];
      this.accumulators[d].add(buffer);
    });
    this.keptRows++;
    return true;
  }

  private onScale(row: ArrayLike<number>): boolean {
    const { min, max } = this.layout.scale;
    for (let i = 0; i < row.length; i++) {
      const x = row[i];
      if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) return false;
    }
    return true;
  }

  /** Complete submissions counted so far (the n of every dimension). */
  get n(): number {
    return this.keptRows;
  }

  /** Submissions left out because they did not answer every likert item. */
  get skipped(): number {
    return this.skippedRows;
  }

  result(): DimensionReliability[] {
    return this.layout.dimensions.map(({ dimension, items }, d) => {
      const r = this.accumulators[d].result();
      return {
        dimension,
        n: r.n,
        alpha: r.alpha,
        items: r.items.map((stats, i) => ({ key: items[i].key, ...stats })),
      };
    });
  }
}

/** One-call form of `QuestionnaireReliabilityAccumulator` for rows already at hand. */
export function computeQuestionnaireReliability(
  q: QuestionnaireDefinition,
  rows: Iterable<Answers>,
): DimensionReliability[] {
  const accumulator = new QuestionnaireReliabilityAccumulator(q);
  for (const answers of rows) accumulator.add(answers);
  return accumulator.result();
}
