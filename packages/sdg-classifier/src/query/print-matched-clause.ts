import { compileQuery, type CompiledQuery } from './compile-query.js';
import { printQuery } from './parse-query.js';
import type { QueryNode } from './query-ast.js';
import type { WordPatternIndex } from './word-index.js';

/**
 * The part of a query that a text matched, as readable text: of each OR only the
 * alternatives found, and no AND NOT part (it matched by being absent). A query line of
 * fifty alternatives is cited by the one or two that fired.
 */
export function printMatchedClause(
  node: QueryNode,
  index: WordPatternIndex,
  found: readonly (number[] | undefined)[],
  cache: WeakMap<QueryNode, CompiledQuery>,
): string {
  const matches = (child: QueryNode) => {
    let compiled = cache.get(child);
    if (!compiled) {
      compiled = compileQuery(child, index);
      cache.set(child, compiled);
    }
    return compiled(found).length > 0;
  };
  const print = (current: QueryNode, nested: boolean): string => {
    const wrap = (s: string) => (nested ? `(${s})` : s);
    switch (current.kind) {
      case 'term':
        return printQuery(current, nested);
      case 'or': {
        const hit = current.children.filter(matches);
        const shown = hit.length > 0 ? hit : current.children;
        return shown.length === 1 ? print(shown[0]!, nested) : wrap(shown.map((c) => print(c, true)).join(' OR '));
      }
      case 'and':
        return wrap(current.children.map((c) => print(c, true)).join(' AND '));
      case 'not':
        return print(current.include, nested);
      case 'near':
        return wrap(`${print(current.left, true)} ${current.ordered ? 'PRE' : 'W'}/${current.distance} ${print(current.right, true)}`);
    }
  };
  return print(node, false);
}
