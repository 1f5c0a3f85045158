import { foldWord } from '../text/fold-word.js';
import type { QueryNode } from './query-ast.js';

type Lexeme = { type: 'open' | 'close' | 'and' | 'or' | 'andNot' } | { type: 'near'; distance: number; ordered: boolean } | { type: 'term'; text: string };

export class QuerySyntaxError extends Error {}

const FIELD = /^(?:TITLE-ABS-KEY|TITLE-ABS|TITLE|ABS|KEY|AUTHKEY)$/i;

function lex(query: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  const pattern = /\s*(?:(\()|(\))|"([^"]*)"|\{([^}]*)\}|(W|PRE)\/(\d+)|([^\s()"{}]+))/giy;
  let read = 0;
  for (let match = pattern.exec(query); match !== null; match = pattern.exec(query)) {
    if (match[0].trim() === '') break;
    read = pattern.lastIndex;
    if (match[1]) lexemes.push({ type: 'open' });
    else if (match[2]) lexemes.push({ type: 'close' });
    else if (match[3] !== undefined || match[4] !== undefined) lexemes.push({ type: 'term', text: (match[3] ?? match[4])! });
    else if (match[5]) lexemes.push({ type: 'near', distance: Number(match[6]), ordered: match[5].toUpperCase() === 'PRE' });
    else {
      const word = match[7]!;
      const upper = word.toUpperCase();
      if (upper === 'AND') lexemes.push({ type: 'and' });
      else if (upper === 'NOT') {
        // "AND NOT" is one operator; a bare NOT reads the same way.
        if (lexemes.at(-1)?.type === 'and') lexemes.pop();
        lexemes.push({ type: 'andNot' });
      } else if (upper === 'OR') lexemes.push({ type: 'or' });
      else if (FIELD.test(word) && query[pattern.lastIndex] === '(') continue;
      else lexemes.push({ type: 'term', text: word });
    }
  }
  if (query.slice(read).trim() !== '') throw new QuerySyntaxError(`cannot read the query from: ${query.slice(read, read + 30)}`);
  return lexemes;
}

/** Splits a quoted phrase into word patterns the way the tokeniser splits text, keeping wildcards. */
function termWords(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}*?][\p{L}\p{N}\p{M}*?]*/gu)].map((m) => foldWord(m[0]).replace(/\?/g, '*')).filter((w) => w.replace(/\*/g, '') !== '');
}

/**
 * Parses a Scopus-style query. Precedence as Scopus documents it, tightest first:
 * OR, W/n, PRE/n, AND, AND NOT; words side by side are ANDed.
 */
export function parseQuery(query: string): QueryNode {
  const lexemes = lex(query);
  let at = 0;
  const peek = () => lexemes[at];

  const parseNot = (): QueryNode => {
    let node = parseAnd();
    while (peek()?.type === 'andNot') {
      at += 1;
      node = { kind: 'not', include: node, exclude: parseAnd() };
    }
    return node;
  };
  const parseAnd = (): QueryNode => {
    const children = [parseNear(true)];
    for (;;) {
      const next = peek();
      if (next?.type === 'and') at += 1;
      else if (!(next?.type === 'term' || next?.type === 'open')) break;
      children.push(parseNear(true));
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  };
  // PRE/n binds looser than W/n: parse W-chains first, then join them with PRE.
  const parseNear = (ordered: boolean): QueryNode => {
    let node = ordered ? parseNear(false) : parseOr();
    for (;;) {
      const next = peek();
      if (next?.type !== 'near' || next.ordered !== ordered) break;
      at += 1;
      const right = ordered ? parseNear(false) : parseOr();
      node = { kind: 'near', left: node, right, distance: next.distance, ordered };
    }
    return node;
  };
  const parseOr = (): QueryNode => {
    const children = [parsePrimary()];
    while (peek()?.type === 'or') {
      at += 1;
      children.push(parsePrimary());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  };
  const parsePrimary = (): QueryNode => {
    const next = lexemes[at++];
    if (!next) throw new QuerySyntaxError('the query ends where a term was expected');
    if (next.type === 'open') {
      const inner = parseNot();
      if (lexemes[at++]?.type !== 'close') throw new QuerySyntaxError('a parenthesis is not closed');
      return inner;
    }
    if (next.type === 'term') {
      const words = termWords(next.text);
      if (words.length === 0) throw new QuerySyntaxError(`an empty term: "${next.text}"`);
      return { kind: 'term', words, text: next.text.trim() };
    }
    throw new QuerySyntaxError(`unexpected ${next.type} where a term was expected`);
  };

  const tree = parseNot();
  if (at !== lexemes.length) throw new QuerySyntaxError(`unexpected ${lexemes[at]!.type} after a complete query`);
  return tree;
}

/** The query as readable text, for evidence ("drinking" W/3 "water"). */
export function printQuery(node: QueryNode, nested = false): string {
  const wrap = (s: string) => (nested ? `(${s})` : s);
  switch (node.kind) {
    case 'term':
      return `"${node.text}"`;
    case 'or':
      return wrap(node.children.map((c) => printQuery(c, true)).join(' OR '));
    case 'and':
      return wrap(node.children.map((c) => printQuery(c, true)).join(' AND '));
    case 'not':
      return wrap(`${printQuery(node.include, true)} AND NOT ${printQuery(node.exclude, true)}`);
    case 'near':
      return wrap(`${printQuery(node.left, true)} ${node.ordered ? 'PRE' : 'W'}/${node.distance} ${printQuery(node.right, true)}`);
  }
}
