import { MARK_END, MARK_START } from './lesson-search.repository.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A headline from ts_headline as safe HTML: everything escaped, the hit markers turned
 * into <mark>, Markdown's punctuation (headings, emphasis, link targets) dropped so the
 * snippet reads as text. The only element it can contain is <mark>.
 */
export function snippetHtml(headline: string): string {
  const text = headline
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  let open = false;
  let html = '';
  for (const char of text) {
    if (char === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (char === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += ESCAPES[char] ?? char;
    }
  }
  return open ? `${html}</mark>` : html;
}
