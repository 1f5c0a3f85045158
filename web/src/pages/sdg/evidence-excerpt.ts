/** A record's own text, field by field, as the alignment's evidence points into it. */
export interface RecordText {
  name: string;
  summary: string;
  description: string;
  objectives: readonly string[];
}

const CONTEXT = 60;

/** The words around a piece of evidence, split so the matched phrase can be marked; null if it does not fit the text. */
export function evidenceExcerpt(record: RecordText, evidence: { field: string | null; start: number; end: number }) {
  const text =
    evidence.field === 'NAME'
      ? record.name
      : evidence.field === 'SUMMARY'
        ? record.summary
        : evidence.field === 'DESCRIPTION'
          ? record.description
          : evidence.field === 'OBJECTIVES'
            ? record.objectives.join('\n')
            : null;
  if (text === null || evidence.end > text.length || evidence.start >= evidence.end) return null;
  const from = Math.max(0, evidence.start - CONTEXT);
  const to = Math.min(text.length, evidence.end + CONTEXT);
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, evidence.start)}`,
    phrase: text.slice(evidence.start, evidence.end),
    after: `${text.slice(evidence.end, to)}${to < text.length ? '…' : ''}`,
  };
}
