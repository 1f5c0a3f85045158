import { compileQuery, type CompiledQuery, type TokenSpan } from '../query/compile-query.js';
import { parseQuery } from '../query/parse-query.js';
import { WordPatternIndex } from '../query/word-index.js';
import { printMatchedClause } from '../query/print-matched-clause.js';
import type { QueryNode } from '../query/query-ast.js';
import type { TextToken } from '../text/tokenize.js';
import type { ShippedQuery } from './model-artefact.js';

export interface QueryHit {
  query: number;
  spans: TokenSpan[];
  /** The clause that matched, readable ("drinking" W/3 "water"). */
  clause: () => string;
}

/** All expert queries compiled over one word index, so a text is scanned once for all of them. */
export class ExpertQuerySet {
  private readonly index = new WordPatternIndex();
  private readonly compiled: CompiledQuery[];
  private readonly trees: QueryNode[];
  private readonly clauseCache = new WeakMap<QueryNode, CompiledQuery>();

  constructor(readonly queries: readonly ShippedQuery[]) {
    const trees = queries.map((q) => parseQuery(q.query));
    this.trees = trees;
    this.compiled = trees.map((tree) => compileQuery(tree, this.index));
  }

  match(tokens: readonly TextToken[]): QueryHit[] {
    if (tokens.length === 0) return [];
    const found = this.index.locate(tokens);
    const hits: QueryHit[] = [];
    for (let query = 0; query < this.compiled.length; query++) {
      const spans = this.compiled[query]!(found);
      if (spans.length > 0) {
        const tree = this.trees[query]!;
        hits.push({ query, spans, clause: () => printMatchedClause(tree, this.index, found, this.clauseCache) });
      }
    }
    return hits;
  }
}
