const PLAIN = /^[A-Za-z0-9]*$/;

/** Compatibility-normalised, case-folded, accent-free form of a word, so "Élévé", "ÉLÉVÉ" and "eleve" meet. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: nothing to normalise.
  if (PLAIN.test(word)) return word.toLowerCase();
  const lower = word.normalize('NFKC').toLowerCase();
  // ß and ligatures folded the way German and French writers interchange them.
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}
