import type { Language } from '../i18n/catalogue';
import { translate, type Vars } from '../i18n/translate';
import { jobPageMessages, type JobPageMessageKey } from './messages';

/** `t` for the job page in one language, without React context (the page renders on the server). */
export type Translate = (key: JobPageMessageKey, vars?: Vars) => string;

export function jobPageTranslator(language: Language): Translate {
  return (key, vars) => translate(jobPageMessages, language, key, vars);
}
