import { LANGUAGES, type Language } from '../i18n/catalogue';
import { useLanguage, useT } from '../i18n/language';
import { shellMessages } from './messages';

/** Each language named in itself, so a person who cannot read the current one finds theirs. */
const NATIVE_NAMES: Record<Language, string> = { en: 'English', nb: 'Norsk bokmål' };

export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const { t } = useT(shellMessages);
  return (
    <div role="group" aria-label={t('shell.language')} className="language-switch">
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option, { remember: true })}
        >
          {NATIVE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
