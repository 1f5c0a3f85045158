import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, switchLanguage } from './i18n';
import { isLanguageCode, LANGUAGES, type LanguageCode } from './languages';

/** The language of the whole app; a native select, so it works with the keyboard and screen readers. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const choose = async (code: LanguageCode) => {
    setFailed(false);
    try {
      await switchLanguage(code);
    } catch {
      // The other catalogue could not be fetched (offline, a new release): stay in this language and say so.
      setFailed(true);
    }
  };
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher">{t('layout.language')}</label>
      <select
        id="language-switcher"
        value={currentLanguage()}
        onChange={(event) => {
          if (isLanguageCode(event.target.value)) void choose(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      {failed && (
        <span className="language-switcher-error" role="alert">
          {t('layout.languageFailed')}
        </span>
      )}
    </div>
  );
}
