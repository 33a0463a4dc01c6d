import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes = 256 bits, written as 43 URL-safe characters (base64url, no padding). */
export const TOKEN_BYTES = 32;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedToken {
  /** Shown to the caller exactly once; never stored. */
  token: string;
  /** What the database keeps (hex SHA-256), unique-indexed for lookups. */
  hash: string;
}

export function issueAssessmentToken(): IssuedToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashAssessmentToken(token) };
}

/**
 * SHA-256 is enough here (no salt, no slow hash): the token has 256 bits of entropy, so there
 * is no dictionary to attack, and a database leak does not reveal usable links.
 */
export function hashAssessmentToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Cheap shape check before touching the database: anything else cannot be a token we issued. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_FORMAT.test(token);
}
