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

/** The longest array of any request: a bulk import of 10,000 team members. */
export const MAX_JSON_ARRAY_ITEMS = 10_000;
/** More keys than any object of a request has (a candidate saves at most 1,000 answers). */
export const MAX_JSON_OBJECT_KEYS = 1_000;
/** An unpaired UTF-16 surrogate: `"\ud800"` is valid JSON but not text (and not UTF-8). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why a parsed JSON body is refused before any validation looks at it, or undefined. Deep
 * nesting overflows class-transformer's recursion; 100,000-element arrays and objects make
 * class-validator work for seconds; NUL characters and unpaired surrogates are valid JSON
 * that PostgreSQL (text, jsonb) and validator.js's isEmail cannot take. One iterative walk.
 */
export function jsonBodyProblem(value: unknown): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node === 'string') {
      if (!isText(node)) return 'The JSON body contains a NUL character or an unpaired surrogate';
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      return `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`;
    }
    if (Array.isArray(node)) {
      if (node.length > MAX_JSON_ARRAY_ITEMS) {
        return `An array in the JSON body has more than ${MAX_JSON_ARRAY_ITEMS} items`;
      }
      for (const child of node) stack.push([child, depth + 1]);
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length > MAX_JSON_OBJECT_KEYS) {
      return `An object in the JSON body has more than ${MAX_JSON_OBJECT_KEYS} keys`;
    }
    for (const key of keys) {
      if (!isText(key)) return 'The JSON body contains a NUL character or an unpaired surrogate';
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

function isText(s: string): boolean {
  return !s.includes('\u0000') && !LONE_SURROGATE.test(s);
}
