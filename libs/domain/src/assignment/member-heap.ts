/**
 * A binary min-heap of members keyed by a number, stored in growable typed arrays so that
 * thousands of heaps with hundreds of entries each cost no per-entry objects. Ties on the key
 * are broken by the smaller member index, which keeps the solver deterministic.
 */
export class MemberHeap {
  private keys: Float64Array;
  private members: Int32Array;
  private length = 0;

  constructor(initialCapacity = 8) {
    this.keys = new Float64Array(Math.max(1, initialCapacity));
    this.members = new Int32Array(Math.max(1, initialCapacity));
  }

  get size(): number {
    return this.length;
  }

  /** Member at the top; only valid when size > 0. */
  topMember(): number {
    return this.members[0];
  }

  /** Key at the top; only valid when size > 0. */
  topKey(): number {
    return this.keys[0];
  }

  push(key: number, member: number): void {
    if (this.length === this.keys.length) this.grow();
    let at = this.length++;
    // Sift up: move parents down until the new entry's place is found.
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.less(key, member, this.keys[parent], this.members[parent])) break;
      this.keys[at] = this.keys[parent];
      this.members[at] = this.members[parent];
      at = parent;
    }
    this.keys[at] = key;
    this.members[at] = member;
  }

  pop(): void {
    if (this.length === 0) return;
    this.length--;
    if (this.length === 0) return;
    this.siftDown(0, this.keys[this.length], this.members[this.length]);
  }

  /**
   * Keeps only entries whose member passes `keep`, then re-heapifies in O(size). Used to drop
   * stale entries in bulk (the solver deletes lazily).
   */
  retain(keep: (member: number) => boolean): void {
    let kept = 0;
    for (let k = 0; k < this.length; k++) {
      if (keep(this.members[k])) {
        this.keys[kept] = this.keys[k];
        this.members[kept] = this.members[k];
        kept++;
      }
    }
    this.length = kept;
    for (let at = (kept >> 1) - 1; at >= 0; at--) {
      this.siftDown(at, this.keys[at], this.members[at]);
    }
  }

  private siftDown(start: number, key: number, member: number): void {
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.length) break;
      const right = child + 1;
      if (
        right < this.length &&
        this.less(this.keys[right], this.members[right], this.keys[child], this.members[child])
      ) {
        child = right;
      }
      if (!this.less(this.keys[child], this.members[child], key, member)) break;
      this.keys[at] = this.keys[child];
      this.members[at] = this.members[child];
      at = child;
    }
    this.keys[at] = key;
    this.members[at] = member;
  }

  private less(keyA: number, memberA: number, keyB: number, memberB: number): boolean {
    return keyA < keyB || (keyA === keyB && memberA < memberB);
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const members = new Int32Array(this.members.length * 2);
    keys.set(this.keys);
    members.set(this.members);
    this.keys = keys;
    this.members = members;
  }
}
