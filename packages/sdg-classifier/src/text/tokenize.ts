import { blankMarkup } from './clean-text.js';
import { foldWord } from './fold-word.js';

/** A word of the input: its folded form and where it is (UTF-16 offsets, end exclusive). */
export interface TextToken {
  word: string;
  start: number;
  end: number;
}

// Letters and digits, with marks attached; apostrophes and hyphens split words ("l'eau",
// "socio-economic"), the way the expert queries are split too.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Longest input read; beyond it text is ignored (a guard against pathological sizes). */
export const MAX_TEXT_LENGTH = 200_000;

export function tokenize(text: unknown): TextToken[] {
  const raw = typeof text === 'string' ? text : text == null ? '' : String(text);
  const clean = blankMarkup(raw.length > MAX_TEXT_LENGTH ? raw.slice(0, MAX_TEXT_LENGTH) : raw);
  const tokens: TextToken[] = [];
  for (const match of clean.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word.length === 0 || word.length > 60) continue;
    tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
