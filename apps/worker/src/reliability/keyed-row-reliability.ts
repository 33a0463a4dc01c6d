import {
  type DimensionReliability,
  type LikertItem,
  type LikertLayout,
  likertLayout,
  type QuestionnaireDefinition,
  ReliabilityAccumulator,
} from '@rolefit/domain';

/**
 * Reliability of one questionnaire version fed with the compact rows stored at submit
 * (`assessments.likert_keyed`: keyed likert scores in questionnaire order of the likert
 * items). Each row is split into its dimensions' item scores for the domain's streaming
 * ReliabilityAccumulator, so memory stays O(k²) per dimension however many rows arrive.
 */
export class KeyedRowReliability {
  private readonly layout: LikertLayout;
  private readonly positions: Int32Array[];
  private readonly accumulators: ReliabilityAccumulator[];
  private readonly buffers: Float64Array[];
  /** Number of likert items a row must have. */
  readonly width: number;
  private skippedRows = 0;

  constructor(def: QuestionnaireDefinition) {
    this.layout = likertLayout(def);
    const likert = def.items.filter((item): item is LikertItem => item.type === 'likert');
    const indexOf = new Map(likert.map((item, i) => [item.key, i]));
    this.width = likert.length;
    this.positions = this.layout.dimensions.map(
      (d) => new Int32Array(d.items.map((item) => indexOf.get(item.key) as number)),
    );
    this.accumulators = this.positions.map((p) => new ReliabilityAccumulator(p.length));
    this.buffers = this.positions.map((p) => new Float64Array(p.length));
  }

  /** Adds one submission; returns false (counted as skipped) when the row is not complete. */
  add(row: ArrayLike<number> | null): boolean {
    if (!row || row.length !== this.width || !isComplete(row)) {
      this.skippedRows++;
      return false;
    }
    for (let d = 0; d < this.positions.length; d++) {
      const positions = this.positions[d];
      const buffer = this.buffers[d];
      for (let i = 0; i < positions.length; i++) buffer[i] = row[positions[i]];
      this.accumulators[d].add(buffer);
    }
    return true;
  }

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

function isComplete(row: ArrayLike<number>): boolean {
  for (let i = 0; i < row.length; i++) {
    if (typeof row[i] !== 'number' || !Number.isFinite(row[i])) return false;
  }
  return true;
}
