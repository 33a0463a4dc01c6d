/**
 * TEST SUPPORT ONLY — the capacitated assignment optimum by exhaustive enumeration, the most
 * literal reading of the definition: every way to give each member one of the roles or
 * nothing, keeping those with exactly min(members, Σ capacity) assignments within capacity.
 * Exponential; for instances of a handful of members.
 */
export function bruteForceBestTotal(
  members: number,
  roles: number,
  fit: ArrayLike<number>,
  capacity: ArrayLike<number>,
): number {
  let slots = 0;
  for (let j = 0; j < roles; j++) slots += capacity[j];
  const required = Math.min(members, slots);
  const used = new Array<number>(roles).fill(0);
  let best = -Infinity;

  const visit = (member: number, assigned: number, total: number): void => {
    if (member === members) {
      if (assigned === required && total > best) best = total;
      return;
    }
    // Prune: not enough members left to reach the required count.
    if (assigned + (members - member) < required) return;
    visit(member + 1, assigned, total);
    for (let j = 0; j < roles; j++) {
      if (used[j] >= capacity[j]) continue;
      used[j]++;
      visit(member + 1, assigned + 1, total + fit[member * roles + j]);
      used[j]--;
    }
  };
  visit(0, 0, 0);
  return best;
}
