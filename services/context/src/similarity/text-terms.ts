import { conceptOf } from './concept-lexicon.js';

// Words that say nothing about what an initiative does, in the four languages the
// concept lexicon knows.
const STOPWORDS = new Set(
  `a an and are as at be by for from has have in into is it its of on or our that the their them these this to was were will with
  which who than more most less per also all each every through while they we us not no new now
  der die das den dem des ein eine einer eines einem und oder in im ist sind fuer mit von zu zum zur auf an am als bei durch wird werden
  wurde nach aus sich ihre ihr sein seine es um ueber unter nicht noch so wie auch
  le la les un une des du de et ou en au aux est sont pour par avec dans sur qui que ce ces son sa ses leur leurs il elle
  el los las unos unas del y o es son para por con en sobre que se su sus lo al como mas`.split(/\s+/),
);

const SUFFIXES = ['ations', 'ation', 'ungen', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'es', 'ed', 'en', 'ly', 's', 'e', 'n'];

/** Lower case, no diacritics (ü -> ue, as German writes it without them). */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A crude suffix stripper: enough for "farmers" and "farming" to meet, in either language. */
export function stemOf(word: string): string {
  if (/^\d/.test(word) || word.length <= 4) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The words of a text, normalised, without stopwords. */
export function wordsOf(text: string): string[] {
  return normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

/**
 * The terms a text is compared on: each word's concept (`c:water`) where the lexicon
 * knows it, else its stem (`w:kisumu`); numbers stay (`w:2030`), since they survive
 * translation.
 */
export function textTermsOf(text: string): string[] {
  return wordsOf(text).map((word) => {
    const stem = stemOf(word);
    const concept = conceptOf(stem) ?? conceptOf(word) ?? conceptByPrefix(stem);
    return concept ? `c:${concept}` : `w:${stem}`;
  });
}

// Longer words ("Trinkwasserversorgung") carry the concept at their start.
function conceptByPrefix(stem: string): string | null {
  for (let length = Math.min(stem.length - 1, 10); length >= 5; length--) {
    const concept = conceptOf(stem.slice(0, length));
    if (concept) return concept;
  }
  return null;
}

/** Sentences of a text, for showing the passages that match. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
