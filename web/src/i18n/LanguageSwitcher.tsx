import { useTranslation } from 'react-i18next';
import { currentLanguage, switchLanguage } from './i18n';
import { isLanguageCode, LANGUAGES } from './languages';

/** The language of the whole app; a native select, so it works with the keyboard and screen readers. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher">{t('layout.language')}</label>
      <select
        id="language-switcher"
        value={currentLanguage()}
        onChange={(event) => {
          if (isLanguageCode(event.target.value)) void switchLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
