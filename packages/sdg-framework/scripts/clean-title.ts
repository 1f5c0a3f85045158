/** Windows-1252 characters that the source holds as C1 control codes (e.g. German „…“ quotes). */
const WINDOWS_1252_C1: Readonly<Record<string, string>> = {
  '\u0084': '\u201E',
  '\u0085': '\u2026',
  '\u0091': '\u2018',
  '\u0092': '\u2019',
  '\u0093': '\u201C',
  '\u0094': '\u201D',
  '\u0096': '\u2013',
  '\u0097': '\u2014',
};

const C1_CONTROL = /[\u0080-\u009F]/g;
const UNICODE_HYPHEN = /\u2010/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * Normalizes a title from the source: repairs mis-encoded quotes, composes accents (NFC),
 * writes the Unicode hyphen as '-', and collapses whitespace. Fails on any other control code.
 */
export function cleanTitle(raw: string, key: string): string {
  const repaired = raw.replace(C1_CONTROL, (char) => {
    const replacement = WINDOWS_1252_C1[char];
    if (replacement === undefined) {
      throw new Error(`${key}: unexpected control character U+${char.codePointAt(0)?.toString(16)}`);
    }
    return replacement;
  });
  const cleaned = repaired.normalize('NFC').replace(UNICODE_HYPHEN, '-').replace(WHITESPACE_RUN, ' ').trim();
  if (cleaned === '') throw new Error(`${key}: empty title`);
  return cleaned;
}
