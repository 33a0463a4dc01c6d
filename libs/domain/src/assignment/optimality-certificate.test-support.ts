/**
 * TEST SUPPORT ONLY — an optimality check that needs no second solver, so it scales to
 * thousands of members. A feasible assignment is optimal exactly when its residual graph has
 * no negative-cost cycle (the cycle optimality condition of min-cost flow). Collapsing the
 * member nodes, the residual graph lives on the roles plus:
 *   - a pool node P holding the members left out (only when members > Σ capacity), and
 *   - a sink node S: role → S when the role has a free slot, S → role when it has a member.
 * Edge a → b (a, b ∈ roles ∪ {P}) costs the cheapest way to move one member of a to b,
 * min over i in a of (fit[i][a] − fit[i][b]), with fit to P taken as 0. Floyd–Warshall then
 * finds any negative cycle. Everything is recomputed from the fit matrix by brute force.
 *
 * Returns whether a cycle cheaper than −tolerance exists, i.e. whether the assignment can be
 * improved (the tolerance absorbs floating-point noise in real-valued fits).
 */
export function hasImprovingCycle(
  members: number,
  roles: number,
  fit: ArrayLike<number>,
  capacity: ArrayLike<number>,
  roleOfMember: ArrayLike<number>,
  tolerance = 1e-7,
): boolean {
  const pool = roles;
  const sink = roles + 1;
  const n = roles + 2;
  const edge = Array.from({ length: n }, () => new Array<number>(n).fill(Infinity));
  const gain = (i: number, node: number) => (node === pool ? 0 : fit[i * roles + node]);

  const count = new Array<number>(roles).fill(0);
  for (let i = 0; i < members; i++) {
    const from = roleOfMember[i] < 0 ? pool : roleOfMember[i];
    if (from !== pool) count[from]++;
    for (let to = 0; to <= roles; to++) {
      if (to === from) continue;
      edge[from][to] = Math.min(edge[from][to], gain(i, from) - gain(i, to));
    }
  }
  for (let j = 0; j < roles; j++) {
    if (count[j] < capacity[j]) edge[j][sink] = 0;
    if (count[j] > 0) edge[sink][j] = 0;
  }

  const dist = edge.map((row) => row.slice());
  for (let v = 0; v < n; v++) dist[v][v] = Math.min(dist[v][v], 0);
  for (let k = 0; k < n; k++) {
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        if (dist[a][k] + dist[k][b] < dist[a][b]) dist[a][b] = dist[a][k] + dist[k][b];
      }
    }
  }
  // Once a negative cycle exists, dist[v][v] may go lower still (walks around it repeatedly),
  // so only its sign is meaningful.
  for (let v = 0; v < n; v++) if (dist[v][v] < -tolerance) return true;
  return false;
}
