// Markup is blanked rather than removed so that every offset into the cleaned text is
// also an offset into the text as given (evidence points at the caller's own string).

const TAG = /<\/?[a-zA-Z!?][^<>]{0,2000}>/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text with HTML tags and entities replaced by spaces of the same length (entities of letters keep one letter). */
export function blankMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(TAG, (tag) => ' '.repeat(tag.length))
    .replace(ENTITY, (entity) => {
      const decoded = decodeEntity(entity);
      // One UTF-16 unit fits the slot exactly; anything else becomes blank.
      const keep = decoded.length === 1 && /[\p{L}\p{N}]/u.test(decoded) ? decoded : ' ';
      return keep + ' '.repeat(entity.length - 1);
    });
}

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return safeFromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeFromCodePoint(parseInt(body.slice(1), 10));
  return NAMED[body.toLowerCase()] ?? ' ';
}

function safeFromCodePoint(code: number): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}
