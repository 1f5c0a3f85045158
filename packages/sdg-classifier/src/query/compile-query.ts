import type { QueryNode } from './query-ast.js';
import type { WordPatternIndex } from './word-index.js';

/** A run of matched tokens, first and last inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** Evaluates a query against a text whose pattern positions were located with the same index. */
export type CompiledQuery = (found: readonly (number[] | undefined)[]) => TokenSpan[];

// Enough spans for evidence and proximity; a text repeating a word thousands of times
// must not make proximity quadratic.
const MAX_SPANS = 24;
// Shared by every evaluation that finds nothing (most of them), so nothing is allocated.
const NONE: TokenSpan[] = Object.freeze([]) as unknown as TokenSpan[];

export function compileQuery(node: QueryNode, index: WordPatternIndex): CompiledQuery {
  switch (node.kind) {
    case 'term': {
      const ids = node.words.map((word) => index.idOf(word));
      const first = ids[0]!;
      if (ids.length === 1) {
        return (found) => {
          const starts = found[first];
          if (!starts) return NONE;
          const spans: TokenSpan[] = [];
          for (let i = 0; i < starts.length && i < MAX_SPANS; i++) spans.push({ first: starts[i]!, last: starts[i]! });
          return spans;
        };
      }
      return (found) => {
        const starts = found[first];
        if (!starts) return NONE;
        for (let k = 1; k < ids.length; k++) if (!found[ids[k]!]) return NONE;
        const spans: TokenSpan[] = [];
        for (const start of starts) {
          let whole = true;
          for (let k = 1; k < ids.length && whole; k++) whole = found[ids[k]!]!.includes(start + k);
          if (whole) spans.push({ first: start, last: start + ids.length - 1 });
          if (spans.length >= MAX_SPANS) break;
        }
        return spans.length > 0 ? spans : NONE;
      };
    }
    case 'or': {
      const children = node.children.map((child) => compileQuery(child, index));
      return (found) => {
        let spans: TokenSpan[] | undefined;
        for (const child of children) {
          const own = child(found);
          if (own.length === 0) continue;
          spans ??= [];
          for (const span of own) if (spans.length < MAX_SPANS) spans.push(span);
        }
        return spans ?? NONE;
      };
    }
    case 'and': {
      const children = node.children.map((child) => compileQuery(child, index));
      return (found) => {
        const spans: TokenSpan[] = [];
        for (const child of children) {
          const own = child(found);
          if (own.length === 0) return NONE;
          spans.push(...own.slice(0, Math.max(1, Math.floor(MAX_SPANS / children.length))));
        }
        return spans;
      };
    }
    case 'not': {
      const include = compileQuery(node.include, index);
      const exclude = compileQuery(node.exclude, index);
      return (found) => {
        const spans = include(found);
        return spans.length > 0 && exclude(found).length === 0 ? spans : NONE;
      };
    }
    case 'near': {
      const left = compileQuery(node.left, index);
      const right = compileQuery(node.right, index);
      const { distance, ordered } = node;
      return (found) => {
        const a = left(found);
        if (a.length === 0) return NONE;
        const b = right(found);
        if (b.length === 0) return NONE;
        const spans: TokenSpan[] = [];
        for (const x of a) {
          for (const y of b) {
            // Words between the two spans; overlapping spans are as near as can be.
            const gap = x.last < y.first ? y.first - x.last - 1 : y.last < x.first ? (ordered ? Infinity : x.first - y.last - 1) : 0;
            if (gap <= distance) {
              spans.push({ first: Math.min(x.first, y.first), last: Math.max(x.last, y.last) });
              if (spans.length >= MAX_SPANS) return spans;
            }
          }
        }
        return spans.length > 0 ? spans : NONE;
      };
    }
  }
}
