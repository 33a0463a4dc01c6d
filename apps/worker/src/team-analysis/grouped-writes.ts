/**
 * Group commit in the application: the first write goes out at once; writes that arrive while
 * it is in flight wait and then go out together, as one call of `writeMany` (up to `maxItems`).
 * A lone write is never delayed, and under load the number of statements (and commits) per
 * write falls towards 1 / concurrency. If a group fails, its items are tried again one by one,
 * so one bad item cannot fail its neighbours.
 */
export class GroupedWrites<Item, Outcome> {
  private readonly waiting: {
    item: Item;
    resolve: (outcome: Outcome) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private flushing = false;

  constructor(
    /** Writes the items; returns one outcome per item, in order. */
    private readonly writeMany: (items: Item[]) => Promise<Outcome[]>,
    private readonly maxItems = 32,
  ) {}

  write(item: Item): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Writes one item on its own, outside any group (e.g. one too big to share a statement). */
  async writeAlone(item: Item): Promise<Outcome> {
    const [outcome] = await this.writeMany([item]);
    return outcome;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0, this.maxItems);
        try {
          const outcomes = await this.writeMany(group.map((w) => w.item));
          group.forEach((w, i) => w.resolve(outcomes[i]));
        } catch (error) {
          if (group.length === 1) {
            group[0].reject(error);
            continue;
          }
          await Promise.all(group.map((w) => this.writeAlone(w.item).then(w.resolve, w.reject)));
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
