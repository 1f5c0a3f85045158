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

/** Per function word, what it adds to each language's count (1 in the list, 2 more as a marker). */
const WEIGHTS = new Map<string, number[]>();
LANGUAGES.forEach((lang, index) => {
  const add = (word: string, weight: number) => {
    const weights = WEIGHTS.get(word) ?? [0, 0, 0, 0];
    weights[index]! += weight;
    WEIGHTS.set(word, weights);
  };
  for (const word of STOPWORDS[lang]) add(word, 1);
  for (const word of MARKERS[lang]) add(word, 2);
});

/** The language whose function words the text uses most; English when nothing tells. */
export function detectLanguage(tokens: readonly TextToken[]): SdgTextLanguage {
  const counts = [0, 0, 0, 0];
  const limit = Math.min(tokens.length, 400);
  for (let i = 0; i < limit; i++) {
    const weights = WEIGHTS.get(tokens[i]!.word);
    if (weights) for (let l = 0; l < 4; l++) counts[l]! += weights[l]!;
  }
  let best = 0;
  for (let l = 1; l < 4; l++) if (counts[l]! > counts[best]!) best = l;
  return LANGUAGES[best]!;
}
