/** The English strings of one area: the reference every other language must match. */
export type EnglishMessages = Readonly<Record<string, string>>;

/**
 * A Norwegian catalogue must have exactly the English catalogue's keys (TypeScript refuses a
 * missing or an extra key), each with a string value.
 */
export type Catalogue<Reference extends EnglishMessages> = {
  readonly [Key in keyof Reference]: string;
};

export type Language = 'en' | 'nb';
export const LANGUAGES: readonly Language[] = ['en', 'nb'];

export interface Messages<Reference extends EnglishMessages = EnglishMessages> {
  readonly en: Reference;
  readonly nb: Catalogue<Reference>;
}

/**
 * One area's strings in both languages. Areas keep their own `messages.ts`, imported by their
 * own (lazily loaded) pages, so a candidate never downloads the recruiter's strings.
 * `{name}` placeholders are filled by `t(key, { name })`; `_one`/`_other` suffixed keys are
 * chosen by `tp(key, count)` with Intl.PluralRules.
 */
export function defineMessages<Reference extends EnglishMessages>(
  en: Reference,
  nb: Catalogue<Reference>,
): Messages<Reference> {
  return { en, nb };
}
