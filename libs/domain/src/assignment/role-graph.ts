import { MemberHeap } from './member-heap';

/**
 * Incremental min-cost assignment of members to capacitated roles (costs are negated gains).
 *
 * Members are inserted one at a time. The current placement is always optimal for the members
 * placed so far, so its residual graph has no negative cycle; inserting a member along a
 * shortest augmenting path keeps it optimal (successive shortest paths). The residual graph
 * is collapsed onto the roles: moving "some member of role a" to role b costs
 *   min over members i in a of (gain[i][a] − gain[i][b]),
 * and that key does not depend on the potentials, so every ordered pair (a, b) keeps a heap of
 * the members of a on that static key. With Johnson potentials (the previous shortest
 * distances) all reduced edge costs are ≥ 0, so a dense Dijkstra over the n roles costs O(n²)
 * per insertion, independent of the number of members. The path may end at any role with a
 * free slot, picked by true (not reduced) distance, so Dijkstra runs over all roles rather
 * than stopping early; the complete distances are also exactly the next potentials.
 *
 * Heaps delete lazily: an entry is stale once its member has left the role, and is dropped when
 * it reaches the top, or in bulk when a heap grows past twice its role's head count.
 */
export class RoleGraph {
  /** Local role per member, −1 until placed. */
  readonly roleOfMember: Int32Array;
  private readonly count: Int32Array;
  private readonly potential: Float64Array;
  private readonly heaps: MemberHeap[];
  /**
   * Cheapest move per ordered role pair (heap tops, Infinity when none), kept in flat arrays
   * so the Dijkstra inner loop reads memory instead of walking heap objects. Only the rows of
   * roles on an augmenting path change, so refreshing them after each insertion is cheap.
   */
  private readonly edgeKey: Float64Array;
  private readonly edgeMember: Int32Array;
  private readonly dist: Float64Array;
  private readonly prevRole: Int32Array;
  private readonly prevMember: Int32Array;
  private readonly settled: Uint8Array;
  /** Marks used to drop duplicate entries when a heap is compacted. */
  private readonly seen: Int32Array;
  private seenStamp = 0;

  constructor(
    private readonly gain: Float64Array,
    members: number,
    private readonly slots: Int32Array,
  ) {
    const n = slots.length;
    this.roleOfMember = new Int32Array(members).fill(-1);
    this.count = new Int32Array(n);
    this.potential = new Float64Array(n);
    this.heaps = Array.from({ length: n * n }, () => new MemberHeap());
    this.edgeKey = new Float64Array(n * n).fill(Infinity);
    this.edgeMember = new Int32Array(n * n).fill(-1);
    this.dist = new Float64Array(n);
    this.prevRole = new Int32Array(n);
    this.prevMember = new Int32Array(n);
    this.settled = new Uint8Array(n);
    this.seen = new Int32Array(members);
  }

  /** Places `member` (not yet placed) and re-routes others so the placement stays optimal. */
  insert(member: number): void {
    const target = this.shortestPathsFrom(member);
    this.augment(member, target);
  }

  /**
   * Dijkstra from the new member over the roles. Returns the role with free capacity at the
   * smallest true distance and leaves the true distances in `potential` for the next call.
   */
  private shortestPathsFrom(member: number): number {
    const n = this.slots.length;
    const { dist, prevRole, prevMember, settled, potential, gain, edgeKey, edgeMember } = this;
    const row = member * n;
    // Start labels: the new member's own cost to each role, in reduced terms.
    for (let a = 0; a < n; a++) {
      dist[a] = -gain[row + a] - potential[a];
      prevRole[a] = -1;
      settled[a] = 0;
    }
    for (let iteration = 0; iteration < n; iteration++) {
      let u = -1;
      for (let a = 0; a < n; a++) {
        if (!settled[a] && (u < 0 || dist[a] < dist[u])) u = a;
      }
      settled[u] = 1;
      const trueDistU = dist[u] + potential[u];
      const edgeRow = u * n;
      for (let v = 0; v < n; v++) {
        if (settled[v]) continue;
        // An absent edge has key Infinity, so the candidate never wins.
        const candidate = trueDistU + edgeKey[edgeRow + v] - potential[v];
        if (candidate < dist[v]) {
          dist[v] = candidate;
          prevRole[v] = u;
          prevMember[v] = edgeMember[edgeRow + v];
        }
      }
    }
    let target = -1;
    let targetDist = 0;
    for (let a = 0; a < n; a++) {
      const trueDist = dist[a] + potential[a];
      potential[a] = trueDist;
      if (this.count[a] < this.slots[a] && (target < 0 || trueDist < targetDist)) {
        target = a;
        targetDist = trueDist;
      }
    }
    // There is always a free slot: the layout gives at least as many slots as members.
    return target;
  }

  /** Walks the path back from the target: each role on it takes one member from its parent. */
  private augment(member: number, target: number): void {
    let role = target;
    for (;;) {
      const from = this.prevRole[role];
      if (from < 0) break;
      this.count[from]--;
      this.place(this.prevMember[role], role);
      // `from` lost a member and `role` gained one: both rows of cheapest moves changed.
      this.refreshEdges(role);
      role = from;
    }
    this.place(member, role);
    this.refreshEdges(role);
  }

  private refreshEdges(role: number): void {
    const n = this.slots.length;
    for (let w = 0; w < n; w++) {
      if (w === role) continue;
      const heap = this.heaps[role * n + w];
      const top = this.validTop(heap, role);
      this.edgeKey[role * n + w] = top < 0 ? Infinity : heap.topKey();
      this.edgeMember[role * n + w] = top;
    }
  }

  private place(member: number, role: number): void {
    const n = this.slots.length;
    this.roleOfMember[member] = role;
    this.count[role]++;
    const row = member * n;
    const own = this.gain[row + role];
    for (let w = 0; w < n; w++) {
      if (w === role) continue;
      const heap = this.heaps[role * n + w];
      heap.push(own - this.gain[row + w], member);
      if (heap.size > 2 * this.count[role] + 16) this.compact(heap, role);
    }
  }

  /** Top member of a (role → other) heap that still sits in `role`, or −1. */
  private validTop(heap: MemberHeap, role: number): number {
    while (heap.size > 0) {
      const top = heap.topMember();
      if (this.roleOfMember[top] === role) return top;
      heap.pop();
    }
    return -1;
  }

  /** Drops stale entries and duplicates (a member who left and came back has two entries). */
  private compact(heap: MemberHeap, role: number): void {
    const stamp = ++this.seenStamp;
    heap.retain((m) => {
      if (this.roleOfMember[m] !== role || this.seen[m] === stamp) return false;
      this.seen[m] = stamp;
      return true;
    });
  }
}
