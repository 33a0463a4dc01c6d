/** The product's languages: English and Norwegian bokmål. The one list everything uses. */
export const SUPPORTED_LOCALES = ['en', 'nb'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** A text in English and, optionally, Norwegian bokmål. */
export type LocalizedText = { en: string; nb?: string };

export function isSupportedLocale(value: unknown): value is Locale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

/** The text in `locale`, English when it has none in that language. */
export function localize(text: LocalizedText, locale: string): string {
  return (locale === 'nb' ? text.nb : undefined) ?? text.en;
}

/** The requested locale when it is offered, else the first offered (English when none). */
export function pickLocale(wanted: string | undefined | null, offered: readonly string[]): string {
  return wanted && offered.includes(wanted) ? wanted : (offered[0] ?? 'en');
}

/**
 * The first product language an Accept-Language header names (Norwegian for nb, no and nn),
 * in the header's order; English when it names none.
 */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (/^(nb|no|nn)\b/.test(tag)) return 'nb';
    if (/^en\b/.test(tag)) return 'en';
  }
  return 'en';
}
