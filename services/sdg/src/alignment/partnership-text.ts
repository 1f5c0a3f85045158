import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import type { EvidenceField } from './stored-suggestion.js';

interface Segment {
  field: EvidenceField;
  text: string;
  /** Where the field starts in the joined text. */
  offset: number;
}

/** The partnership's own words, joined for the classifier, with where each field sits. */
export interface PartnershipText {
  text: string;
  segments: Segment[];
}

const SEPARATOR = '\n\n';

export function partnershipText(snapshot: Pick<PartnershipSnapshot, 'name' | 'summary' | 'description' | 'objectives'>): PartnershipText {
  const fields: [EvidenceField, string][] = [
    ['NAME', snapshot.name],
    ['SUMMARY', snapshot.summary],
    ['DESCRIPTION', snapshot.description],
    ['OBJECTIVES', snapshot.objectives.join('\n')],
  ];
  const segments: Segment[] = [];
  let text = '';
  for (const [field, value] of fields) {
    if (!value.trim()) continue;
    if (text) text += SEPARATOR;
    segments.push({ field, text: value, offset: text.length });
    text += value;
  }
  return { text, segments };
}

/** The field a passage of the joined text lies in, and its offsets there; null across a separator. */
export function locateInField(text: PartnershipText, start: number, end: number): { field: EvidenceField; start: number; end: number } | null {
  const segment = text.segments.find((s) => start >= s.offset && end <= s.offset + s.text.length);
  return segment ? { field: segment.field, start: start - segment.offset, end: end - segment.offset } : null;
}
