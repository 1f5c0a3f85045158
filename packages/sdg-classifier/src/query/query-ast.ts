/** An expert query (Scopus syntax) as a tree. Word patterns are folded; "*" is any run of letters. */
export type QueryNode =
  | { kind: 'term'; words: string[]; text: string }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'not'; include: QueryNode; exclude: QueryNode }
  | { kind: 'near'; left: QueryNode; right: QueryNode; distance: number; ordered: boolean };
