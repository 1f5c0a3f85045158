import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

// Links may go to the web, to mail, or within the app; nothing else (javascript:, data:, vbscript:).
const SAFE_LINK = /^(?:https?:|mailto:|\/(?!\/)|#)/i;

// Raw HTML off: a <script> or an onerror= in a lesson comes out as text, not markup.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.validateLink = (url) => SAFE_LINK.test(url.trim());

/**
 * A lesson's Markdown as HTML safe to put in the page: markdown-it with raw HTML
 * disabled and a link allowlist, then DOMPurify over the result as a second wall, so
 * a mistake in either alone lets nothing through.
 */
export function renderMarkdown(source: string): string {
  const html = markdown.render(source);
  return DOMPurify.sanitize(html, { ALLOWED_URI_REGEXP: SAFE_LINK, FORBID_TAGS: ['style', 'form', 'input', 'iframe'], FORBID_ATTR: ['style'] });
}

/** A search snippet from the API: escaped text with <mark> around hits; anything else is removed. */
export function sanitizeSnippet(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
}
