/**
 * Defaults are shared by every new organisation; freezing them turns an accidental in-place
 * edit (which would leak into the next tenant's seed) into an immediate TypeError.
 * Callers that want to customise a default should `structuredClone` it first.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
