/** No request of this API nests deeper than this; deeper bodies only cost stack and memory. */
export const MAX_JSON_DEPTH = 32;

/**
 * Depth of a parsed JSON value, measured iteratively (a recursive walk of a hostile body
 * could itself overflow the stack). Stops as soon as `limit` is exceeded.
 */
export function exceedsJsonDepth(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
