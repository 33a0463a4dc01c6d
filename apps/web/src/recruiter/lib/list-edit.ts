/** Small, pure list edits the editors use for rows that can be added, removed and reordered. */

/** A copy with the item at `from` moved to `to` (both clamped); the same array when nothing moves. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item!);
  return copy;
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

/**
 * Field errors follow the item they belong to when a list is reordered: errors at
 * `prefix[from]…` become `prefix[to]…`, and the items between shift by one.
 */
export function moveErrorPaths(
  errors: Readonly<Record<string, string>>,
  prefix: string,
  from: number,
  to: number,
  length: number,
): Record<string, string> {
  const order = move(
    Array.from({ length }, (_, i) => i),
    from,
    to,
  );
  const newIndexOf = new Map(order.map((oldIndex, newIndex) => [oldIndex, newIndex]));
  const pattern = new RegExp(`^${escapeRegExp(prefix)}\\[(\\d+)\\](.*)$`);
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = pattern.exec(path);
    if (!match) {
      out[path] = message;
      continue;
    }
    const index = newIndexOf.get(Number(match[1])) ?? Number(match[1]);
    out[`${prefix}[${index}]${match[2]}`] = message;
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
