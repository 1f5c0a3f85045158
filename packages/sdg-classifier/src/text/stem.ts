import type { SdgTextLanguage } from '../sdg-classifier.js';

// Light suffix stripping per language (in the manner of Snowball's light stemmers, far
// simpler): the longest listed suffix goes if at least MIN_STEM letters remain. Words
// are folded (lower case, no accents) before they get here.
const MIN_STEM = 3;
const SUFFIXES: Record<SdgTextLanguage, string[]> = {
  en: ['ational', 'ization', 'isation', 'fulness', 'ousness', 'iveness', 'ations', 'ation', 'ities', 'ments', 'ement', 'ment', 'ness', 'ings', 'ing', 'ities', 'ity', 'ies', 'ied', 'ive', 'ers', 'er', 'ed', 'ly', 'al', 'es', 's', 'e', 'y'],
  fr: ['issements', 'issement', 'atrices', 'ateurs', 'ations', 'atrice', 'ateur', 'ation', 'ements', 'ement', 'ments', 'ment', 'ites', 'ite', 'euses', 'euse', 'eux', 'ives', 'ive', 'ifs', 'if', 'iques', 'ique', 'elles', 'elle', 'aux', 'al', 'ales', 'ale', 'ees', 'ee', 'es', 'er', 'e', 's', 'x'],
  es: ['amientos', 'imientos', 'amiento', 'imiento', 'aciones', 'adoras', 'adores', 'ancias', 'encias', 'acion', 'adora', 'ador', 'ancia', 'encia', 'mente', 'idades', 'idad', 'ivas', 'ivos', 'iva', 'ivo', 'ales', 'al', 'icas', 'icos', 'ica', 'ico', 'osas', 'osos', 'osa', 'oso', 'es', 'as', 'os', 'a', 'o', 'e', 's'],
  de: ['ungen', 'heiten', 'keiten', 'schaften', 'schaft', 'heit', 'keit', 'ung', 'lichen', 'licher', 'liche', 'lich', 'ischen', 'ische', 'isch', 'igen', 'ige', 'ig', 'ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'],
};
for (const list of Object.values(SUFFIXES)) list.sort((a, b) => b.length - a.length);

export function stem(word: string, lang: SdgTextLanguage): string {
  if (word.length <= MIN_STEM + 1 || /\d/.test(word)) return word;
  for (const suffix of SUFFIXES[lang]) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}
