import type { SdgTextLanguage } from '../sdg-classifier.js';
import { STOPWORDS } from './stopwords.js';
import type { TextToken } from './tokenize.js';

const LANGUAGES: SdgTextLanguage[] = ['en', 'fr', 'es', 'de'];
// Words shared by several lists ("a", "en", "la", "die"…) say little; these mark one language strongly.
const MARKERS: Record<SdgTextLanguage, string[]> = {
  en: ['the', 'and', 'of', 'is', 'with', 'for', 'that', 'this'],
  fr: ['les', 'des', 'est', 'une', 'pour', 'dans', 'et', 'du', 'aux'],
  es: ['los', 'las', 'del', 'para', 'con', 'una', 'el', 'y', 'que'],
  de: ['der', 'die', 'und', 'das', 'ist', 'fur', 'mit', 'nicht', 'zu', 'wir'],
};

/** The language whose function words the text uses most; English when nothing tells. */
export function detectLanguage(tokens: readonly TextToken[]): SdgTextLanguage {
  const counts: Record<SdgTextLanguage, number> = { en: 0, fr: 0, es: 0, de: 0 };
  const limit = Math.min(tokens.length, 400);
  for (let i = 0; i < limit; i++) {
    const word = tokens[i]!.word;
    for (const lang of LANGUAGES) {
      if (STOPWORDS[lang].has(word)) counts[lang] += 1;
      if (MARKERS[lang].includes(word)) counts[lang] += 2;
    }
  }
  let best: SdgTextLanguage = 'en';
  for (const lang of LANGUAGES) if (counts[lang] > counts[best]) best = lang;
  return best;
}
