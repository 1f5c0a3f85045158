import { useMemo } from 'react';
import { renderMarkdown } from './render-markdown';

/** A lesson body rendered from Markdown, inert whatever it contains (see renderMarkdown). */
export function MarkdownView({ source, id }: { source: string; id?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown escapes raw HTML and runs DOMPurify over its output (see render-markdown.ts)
  return <div id={id} className="prose lesson-body" data-testid="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
