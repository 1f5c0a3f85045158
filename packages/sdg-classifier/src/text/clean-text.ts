// Markup is blanked rather than removed so that every offset into the cleaned text is
// also an offset into the text as given (evidence points at the caller's own string).

const TAG = /<\/?[a-zA-Z!?][^<>]{0,2000}>/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  szlig: 'ß',
  aelig: 'æ',
  oelig: 'œ',
  rsquo: '’',
  lsquo: '‘',
};
// Accented letters by name (&eacute;, &Uuml; …): the letter with its combining accent.
const ACCENTS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' };
// Pads an entity's slot inside a word: a combining grapheme joiner is a mark, so the word
// stays whole for the tokeniser, and folding removes it.
const JOINER = '\u034f';

/** The text with HTML tags and entities blanked to the same length (an entity of a letter keeps its letter). */
export function blankMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(TAG, (tag) => ' '.repeat(tag.length))
    .replace(ENTITY, (entity) => {
      const decoded = decodeEntity(entity);
      // One UTF-16 unit fits the slot exactly; anything else becomes blank.
      const letter = decoded.length === 1 && /[\p{L}\p{N}]/u.test(decoded);
      return letter ? decoded + JOINER.repeat(entity.length - 1) : ' '.repeat(entity.length);
    });
}

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return safeFromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeFromCodePoint(parseInt(body.slice(1), 10));
  const named = NAMED[body] ?? NAMED[body.toLowerCase()];
  if (named) return named;
  const accented = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil)$/.exec(body);
  return accented ? `${accented[1]}${ACCENTS[accented[2]!]}`.normalize('NFC') : ' ';
}

function safeFromCodePoint(code: number): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}
