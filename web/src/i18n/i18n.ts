import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguageCode, languageInfo, type LanguageCode } from './languages';
import { loadCatalogue } from './load-catalogue';
import { preferredLanguage, storeLanguage } from './preferred-language';

export const i18n = i18next.createInstance();

/** Loads the preferred language's catalogue and sets up i18next; the app renders after it. */
export async function startI18n(): Promise<void> {
  const language = preferredLanguage();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: await loadCatalogue(language) } },
    // React escapes what it renders; escaping here too would show `&amp;`.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/** Switches the app to another language, loading its catalogue first, and remembers the choice. */
export async function switchLanguage(code: LanguageCode): Promise<void> {
  if (!i18n.hasResourceBundle(code, 'translation')) {
    i18n.addResourceBundle(code, 'translation', await loadCatalogue(code));
  }
  await i18n.changeLanguage(code);
  document.documentElement.lang = code;
  storeLanguage(code);
}

export function currentLanguage(): LanguageCode {
  return isLanguageCode(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The locale for Intl formats of the current language (English before i18n starts, as in unit tests). */
export function currentIntlLocale(): string {
  return languageInfo(currentLanguage()).intlLocale;
}
