/**
 * The languages the app speaks. Adding one: put its catalogue in `catalogues/<code>/`
 * (the parts of `catalogues/en/`, with every key) and its entry here.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', intlLocale: 'en-GB' },
  { code: 'de', name: 'Deutsch', intlLocale: 'de-DE' },
] as const satisfies readonly LanguageInfo[];

export interface LanguageInfo {
  /** The catalogue's file name and the value of `<html lang>`. */
  code: string;
  /** The language's own name, as the switcher shows it. */
  name: string;
  /** The locale dates, numbers and money are formatted in. */
  intlLocale: string;
}

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function languageInfo(code: LanguageCode): LanguageInfo {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}
