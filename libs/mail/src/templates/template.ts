import { type Locale, SUPPORTED_LOCALES } from '@rolefit/domain';

/** The languages every mail template is written in: the product's languages. */
export const MAIL_LOCALES = SUPPORTED_LOCALES;
export type MailLocale = Locale;

/**
 * Where a template's one link comes from, resolved by the worker when it sends (so no secret
 * sits in the queue or the outbox):
 * - `candidate`: the assessment's own link, `{PUBLIC_URL}/a#{token}` (decrypted from the row);
 * - `invitation` / `password-reset`: a one-time staff token sealed on the mail row;
 * - `none`: no link.
 */
export type MailLinkKind = 'candidate' | 'invitation' | 'password-reset' | 'none';

/** What one locale of a template produces: a subject and plain paragraphs (one may be the link). */
export interface MailContent {
  subject: string;
  /** Paragraphs of plain text; the literal `{link}` paragraph is replaced by the link. */
  paragraphs: string[];
}

export interface MailTemplate<P> {
  link: MailLinkKind;
  render: Record<MailLocale, (params: P) => MailContent>;
}

/** Marks where the link goes in a template's paragraphs. */
export const LINK = '{link}';

/** A readable date in the mail's language (UTC, so API and worker agree). */
export function formatDate(iso: string, locale: MailLocale): string {
  return new Date(iso).toLocaleDateString(locale === 'nb' ? 'nb-NO' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
