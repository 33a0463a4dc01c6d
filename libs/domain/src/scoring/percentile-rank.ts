/**
 * Percentile rank as PRODUCT.md defines it: 100 × (below + 0.5 × equal) / n.
 *
 * Contract: `group` is every scored value of the comparison group INCLUDING this assessment's
 * own value, so `equal ≥ 1` and a lone assessment ranks 50. A value missing from its group is a
 * caller bug (usually the own row filtered out, or a differently rounded copy) and throws.
 */
export function percentileRank(value: number, group: readonly number[]): number {
  if (group.length === 0) throw new RangeError('percentileRank needs a non-empty group');
  if (Number.isNaN(value)) throw new RangeError('percentileRank value is NaN');
  let below = 0;
  let equal = 0;
  for (const other of group) {
    if (other < value) below++;
    else if (other === value) equal++;
  }
  if (equal === 0) {
    throw new RangeError('percentileRank group must include the value being ranked');
  }
  return (100 * (below + 0.5 * equal)) / group.length;
}

/**
 * Percentile rank of every member of a group at once, in the group's order: O(n log n) instead of
 * calling `percentileRank` n times, for ranked candidate lists.
 */
export function percentileRanks(group: readonly number[]): number[] {
  if (group.some((v) => Number.isNaN(v))) throw new RangeError('percentileRanks group has NaN');
  const sorted = [...group].sort((a, b) => a - b);
  const rankOf = new Map<number, number>();
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    // `start` values lie below this run; the run itself has `end − start` equal values.
    rankOf.set(sorted[start], (100 * (start + 0.5 * (end - start))) / sorted.length);
    start = end;
  }
  return group.map((v) => rankOf.get(v) as number);
}
