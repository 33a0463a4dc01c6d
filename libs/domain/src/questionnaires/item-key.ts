/**
 * Item and option keys are what answers are stored under (`answers{itemKey: value}`), so they
 * must be stable, URL- and JSON-friendly slugs: lowercase letters, digits and single inner
 * dashes, up to 60 characters. Unlike dimension keys they may start with a digit ("1", "2a").
 */
const ITEM_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ITEM_KEY_MAX_LENGTH = 60;

export function isValidItemKey(key: unknown): key is string {
  return typeof key === 'string' && key.length <= ITEM_KEY_MAX_LENGTH && ITEM_KEY.test(key);
}
