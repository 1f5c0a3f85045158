import { compileQuery, type CompiledQuery, type TokenSpan } from '../query/compile-query.js';
import { parseQuery, printQuery } from '../query/parse-query.js';
import { WordPatternIndex } from '../query/word-index.js';
import type { TextToken } from '../text/tokenize.js';
import type { ShippedQuery } from './model-artefact.js';

export interface QueryHit {
  query: number;
  spans: TokenSpan[];
}

/** All expert queries compiled over one word index, so a text is scanned once for all of them. */
export class ExpertQuerySet {
  private readonly index = new WordPatternIndex();
  private readonly compiled: CompiledQuery[];
  /** The readable form of each query, for evidence. */
  readonly printed: string[];

  constructor(readonly queries: readonly ShippedQuery[]) {
    const trees = queries.map((q) => parseQuery(q.query));
    this.compiled = trees.map((tree) => compileQuery(tree, this.index));
    this.printed = trees.map((tree) => printQuery(tree));
  }

  match(tokens: readonly TextToken[]): QueryHit[] {
    if (tokens.length === 0) return [];
    const found = this.index.locate(tokens);
    const hits: QueryHit[] = [];
    for (let query = 0; query < this.compiled.length; query++) {
      const spans = this.compiled[query]!(found);
      if (spans.length > 0) hits.push({ query, spans });
    }
    return hits;
  }
}
