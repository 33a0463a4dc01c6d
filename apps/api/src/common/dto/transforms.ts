/** class-transformer helpers for text fields of request bodies and query strings. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Emails are compared and stored lower-cased and trimmed. */
export const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Query strings carry text: `true` / `false` become booleans, anything else stays to fail validation. */
export const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
