/**
 * A search query as the user typed it, read into clauses we build tsqueries from
 * ourselves: words (matched as prefixes, so "partner" finds "partnerships"), quoted
 * phrases, words or phrases after "-" (excluded), and "or" between clauses. Anything
 * else (operators of tsquery's own syntax, punctuation, symbols, odd Unicode) is
 * dropped, so no input can make PostgreSQL's parser fail.
 */
export interface SearchClause {
  /** Letters and digits only. */
  words: string[];
  phrase: boolean;
  negated: boolean;
}

/** Clauses joined by AND; the groups themselves by OR. Empty: nothing the query could match. */
export type ParsedQuery = SearchClause[][];

const MAX_CLAUSES = 32;
// Letters, marks and digits, and nothing else: what a tsquery term may safely hold.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map((word) => word.slice(0, 100));
}

export function parseSearchQuery(query: string): ParsedQuery {
  let current: SearchClause[] = [];
  const groups: ParsedQuery = [current];
  let clauses = 0;
  // Quoted phrases (with an optional leading "-"), else runs of non-space characters.
  const token = /(-?)"([^"]*)"?|(\S+)/gu;
  for (const match of query.matchAll(token)) {
    if (clauses >= MAX_CLAUSES) break;
    const [, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      const words = wordsOf(phrase);
      if (words.length > 0) {
        current.push({ words, phrase: words.length > 1, negated: minus === '-' });
        clauses += 1;
      }
      continue;
    }
    // Without a phrase, the third alternative of the pattern matched.
    const text = bare ?? '';
    if (text.toLowerCase() === 'or') {
      if (current.length > 0) {
        current = [];
        groups.push(current);
      }
      continue;
    }
    const negated = text.startsWith('-');
    for (const word of wordsOf(text)) {
      current.push({ words: [word], phrase: false, negated });
      clauses += 1;
    }
  }
  // A group of exclusions alone would match nearly everything: it is dropped.
  return groups.filter((group) => group.some((clause) => !clause.negated));
}
