import type { LocalizedText, SdgLocale as FrameworkLocale } from '@msp-atlas/sdg-framework';
import { SdgLocale } from './sdg-locale.js';

/** Options of every `locale` argument: optional, English when left out. */
export const localeArgumentOptions = {
  nullable: true,
  defaultValue: SdgLocale.EN,
  description: 'Language of the title; English when not given',
} as const;

const frameworkLocales: Readonly<Record<SdgLocale, FrameworkLocale>> = {
  [SdgLocale.EN]: 'en',
  [SdgLocale.FR]: 'fr',
  [SdgLocale.ES]: 'es',
  [SdgLocale.DE]: 'de',
};

/** The title in the asked language; an explicit null falls back to English too. */
export function titleIn(text: LocalizedText, locale: SdgLocale | null | undefined): string {
  return text[frameworkLocales[locale ?? SdgLocale.EN]];
}
