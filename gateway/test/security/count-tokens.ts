import { Lexer, Source, TokenKind } from 'graphql';

/** Tokens in a document as graphql-js counts them for `maxTokens` (comments excluded). */
export function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}
