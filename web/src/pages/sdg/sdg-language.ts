import { useTranslation } from 'react-i18next';

/** The SDG title language for the app's language: the framework has titles in each the app speaks. */
export function useSdgLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.language === 'de' ? 'de' : 'en';
}
