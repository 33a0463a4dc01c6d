import { normalizeEmail as normalize } from '@rolefit/domain';

/** class-transformer helpers for text fields of request bodies and query strings. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Emails are compared and stored lower-cased and trimmed (the domain's normaliser). */
export const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalize(value) : value;

/** Query strings carry text: `true` / `false` become booleans, anything else stays to fail validation. */
export const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
