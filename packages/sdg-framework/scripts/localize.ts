import type { LocalizedText, SdgLocale } from '../src/types.js';
import type { TranslationEntry } from './read-translations.js';

export const LOCALES: readonly SdgLocale[] = ['en', 'fr', 'es', 'de'];

export type EntriesByLocale = Readonly<Record<SdgLocale, readonly TranslationEntry[]>>;

type TextsByLocale = Readonly<Record<SdgLocale, ReadonlyMap<string, string>>>;

function textsByCode(entries: readonly TranslationEntry[], field: TranslationEntry['field']): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of entries) {
    if (entry.field !== field) continue;
    if (texts.has(entry.code)) throw new Error(`duplicate ${field} for ${entry.code}`);
    texts.set(entry.code, entry.text);
  }
  return texts;
}

/** Indexes one field of every locale by code, and checks that every locale covers the same codes. */
export function indexByLocale(entries: EntriesByLocale, field: TranslationEntry['field']): TextsByLocale {
  const indexed = {
    en: textsByCode(entries.en, field),
    fr: textsByCode(entries.fr, field),
    es: textsByCode(entries.es, field),
    de: textsByCode(entries.de, field),
  };
  const expected = [...indexed.en.keys()].sort().join();
  for (const locale of LOCALES) {
    if ([...indexed[locale].keys()].sort().join() !== expected) {
      throw new Error(`${locale} ${field}s do not cover the same codes as en`);
    }
  }
  return indexed;
}

export function localize(texts: TextsByLocale, code: string): LocalizedText {
  const pick = (locale: SdgLocale): string => {
    const text = texts[locale].get(code);
    if (text === undefined) throw new Error(`no ${locale} text for ${code}`);
    return text;
  };
  return { en: pick('en'), fr: pick('fr'), es: pick('es'), de: pick('de') };
}
