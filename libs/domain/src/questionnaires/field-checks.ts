/**
 * Runtime shape checks: questionnaire definitions arrive as JSON from a recruiter's editor, so
 * the validator must not trust the static type.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** An item weight: optional, but when set it must be a usable positive multiplier. */
export function isValidOptionalWeight(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value) && value > 0);
}

/** `scores.prospecting`, or `scores["odd key"]` when the key would make the path ambiguous. */
export function propertyPath(base: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}
