import { badUserInput } from '@msp-atlas/federation';
import type { SdgLocale as FrameworkLocale } from '@msp-atlas/sdg-framework';

/** The languages the framework's goal and target titles come in. */
export const SDG_LANGUAGES: readonly FrameworkLocale[] = ['en', 'fr', 'es', 'de'];

/**
 * A `lang` argument as a framework language: a language code such as "fr", with any
 * region part ignored ("de-CH" reads as "de"), case-insensitive. Null or absent: none
 * asked for. Any other language is refused with the field named.
 */
export function parseSdgLanguage(lang: string | null | undefined, field = 'lang'): FrameworkLocale | null {
  if (lang === null || lang === undefined) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const known = SDG_LANGUAGES.find((language) => language === primary);
  if (!known) throw badUserInput(`Unknown language "${lang}"; SDG titles come in ${SDG_LANGUAGES.join(', ')}`, field);
  return known;
}

export const langArgumentOptions = {
  nullable: true,
  description: 'Language code of the title: en, fr, es or de ("de-CH" reads as de); takes precedence over `locale`',
} as const;
