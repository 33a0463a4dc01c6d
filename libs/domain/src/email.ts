/** Emails are compared and stored trimmed and lower-cased: the one normaliser. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
