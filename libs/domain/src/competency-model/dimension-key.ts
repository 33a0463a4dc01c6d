/**
 * A dimension key is a stable, URL-safe identifier (`PATCH /dimensions/:key`, profile and score
 * maps): lowercase letters, digits and single inner dashes, 2–40 characters, starting with a
 * letter. Leading/trailing or doubled dashes are refused as well, because two keys that differ
 * only in dashes are easy to confuse and the default model never needs them.
 */
const DIMENSION_KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const DIMENSION_KEY_MIN_LENGTH = 2;
export const DIMENSION_KEY_MAX_LENGTH = 40;

export function isValidDimensionKey(key: unknown): key is string {
  return (
    typeof key === 'string' &&
    key.length >= DIMENSION_KEY_MIN_LENGTH &&
    key.length <= DIMENSION_KEY_MAX_LENGTH &&
    DIMENSION_KEY.test(key)
  );
}
