import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { LANGUAGES, type EnglishMessages, type Language, type Messages } from './catalogue';
import { formatDate, formatNumber, translate, translatePlural, type Vars } from './translate';

const STORAGE_KEY = 'rolefit.language';

interface LanguageState {
  language: Language;
  /** `remember` keeps the choice for the next visit (a person's explicit switch does). */
  setLanguage: (language: Language, options?: { remember?: boolean }) => void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered choice, else the browser's: any Norwegian (nb, nn, no) reads bokmål. */
export function initialLanguage(): Language {
  try {
    const remembered = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(remembered)) return remembered;
  } catch {
    // Storage can be disabled; the browser's language is good enough.
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export function LanguageProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: Language;
}) {
  const [language, setState] = useState<Language>(() => initial ?? initialLanguage());
  // <html lang> follows the language, so screen readers pronounce it right.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language, options?: { remember?: boolean }) => {
    setState(next);
    if (options?.remember) {
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Not remembered; still switched.
      }
    }
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage needs a <LanguageProvider>');
  return state;
}

/**
 * Translation for one area's messages: `const { t } = useT(candidateMessages)`.
 * `t` only accepts that area's keys (a typo does not compile).
 */
export function useT<E extends EnglishMessages>(messages: Messages<E>) {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      language,
      t: (key: keyof E & string, vars?: Vars) => translate(messages, language, key, vars),
      tp: (base: Parameters<typeof translatePlural<E>>[2], count: number, vars?: Vars) =>
        translatePlural(messages, language, base, count, vars),
      formatNumber: (value: number, options?: Intl.NumberFormatOptions) =>
        formatNumber(value, language, options),
      formatDate: (value: Date | string, options?: Intl.DateTimeFormatOptions) =>
        formatDate(value, language, options),
    }),
    [messages, language],
  );
}
