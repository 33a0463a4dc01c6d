import type { EnglishMessages, Language, Messages } from './catalogue';

/** BCP 47 tags for Intl: dates, numbers and plural rules follow the chosen language. */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO' };

export type Vars = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; numbers are formatted for the language. */
export function interpolate(text: string, language: Language, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

export function translate<E extends EnglishMessages>(
  messages: Messages<E>,
  language: Language,
  key: keyof E & string,
  vars?: Vars,
): string {
  const text = messages[language][key] ?? messages.en[key] ?? key;
  return interpolate(text, language, vars);
}

/** Keys that differ only by a CLDR plural suffix: `items_one`, `items_other`. */
type PluralBase<Key> = Key extends `${infer Base}_other` ? Base : never;

/** `tp(messages, 'nb', 'questions', 3)` picks `questions_one` or `questions_other` and fills {count}. */
export function translatePlural<E extends EnglishMessages>(
  messages: Messages<E>,
  language: Language,
  base: PluralBase<keyof E & string>,
  count: number,
  vars?: Vars,
): string {
  const category = new Intl.PluralRules(INTL_LOCALE[language]).select(count);
  const key = (
    `${base}_${category}` in messages.en ? `${base}_${category}` : `${base}_other`
  ) as keyof E & string;
  return translate(messages, language, key, { count, ...vars });
}

export function formatNumber(
  value: number,
  language: Language,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], options).format(value);
}

export function formatDate(
  value: Date | string,
  language: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], options).format(new Date(value));
}
