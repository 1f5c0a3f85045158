import type { LocalizedText, SdgLocale } from '@msp-atlas/sdg-framework/goals';
import { currentLanguage } from './i18n';

const SDG_LOCALES: readonly string[] = ['en', 'fr', 'es', 'de'] satisfies SdgLocale[];

/** An SDG title in the current language where the framework has it, else in English. */
export function localizedTitle(text: LocalizedText): string {
  const language = currentLanguage();
  return SDG_LOCALES.includes(language) ? text[language as SdgLocale] : text.en;
}
