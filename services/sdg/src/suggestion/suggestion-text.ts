import { badUserInput } from '@msp-atlas/federation';

/** The largest text suggestSdgAlignment reads: 100 KB in UTF-8. */
export const MAX_SUGGESTION_TEXT_BYTES = 100 * 1000;

/** Refuses empty text (only white space counts as empty) and text over 100 KB, naming the field. */
export function requireSuggestionText(text: string, field = 'text'): string {
  if (!text.trim()) throw badUserInput('Give some text to suggest goals and targets for', field);
  if (Buffer.byteLength(text, 'utf8') > MAX_SUGGESTION_TEXT_BYTES) {
    throw badUserInput(`At most ${MAX_SUGGESTION_TEXT_BYTES / 1000} KB of text (UTF-8)`, field);
  }
  return text;
}
