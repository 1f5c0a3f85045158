import type { LocalizedText, SdgLocale as FrameworkLocale } from '@msp-atlas/sdg-framework';
import { SdgLocale } from './sdg-locale.js';
import { parseSdgLanguage } from './sdg-language.js';

/** Options of every `locale` argument: optional, English when left out. */
export const localeArgumentOptions = {
  nullable: true,
  defaultValue: SdgLocale.EN,
  description: 'Language of the title as an enum; English when not given. `lang` is the newer way to ask',
} as const;

const frameworkLocales: Readonly<Record<SdgLocale, FrameworkLocale>> = {
  [SdgLocale.EN]: 'en',
  [SdgLocale.FR]: 'fr',
  [SdgLocale.ES]: 'es',
  [SdgLocale.DE]: 'de',
};

/**
 * The title in the asked language: `lang` when given (an unknown one is refused),
 * else `locale`; an explicit null falls back to English too.
 */
export function titleIn(text: LocalizedText, locale: SdgLocale | null | undefined, lang?: string | null): string {
  return text[parseSdgLanguage(lang) ?? frameworkLocales[locale ?? SdgLocale.EN]];
}
