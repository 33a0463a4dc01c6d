/** Counts occurrences of string keys (status codes, error codes). */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(key: string | number, n = 1): void {
    const k = String(key);
    this.counts.set(k, (this.counts.get(k) ?? 0) + n);
  }

  get(key: string | number): number {
    return this.counts.get(String(key)) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  keys(): string[] {
    return [...this.counts.keys()];
  }

  /** "200×512 503×12 ECONNRESET×1", sorted by key. */
  toString(): string {
    if (this.counts.size === 0) return '-';
    return [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k}×${n}`)
      .join(' ');
  }
}
