const collator = new Intl.Collator('en');

/**
 * Tie-break between members shown in a ranking: by name, then by id so that two members with
 * the same name still come out in a fixed order.
 */
export function compareMembersByName(
  a: { name: string; id: string },
  b: { name: string; id: string },
): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
