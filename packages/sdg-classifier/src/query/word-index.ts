import type { TextToken } from '../text/tokenize.js';

/**
 * Every word pattern of a set of queries, numbered, and a way to find all of them in a
 * text in one pass: exact words by lookup (with a plain plural, as Scopus phrases allow),
 * trailing wildcards by looking up each prefix of each word, others by regular expression.
 */
export class WordPatternIndex {
  private readonly ids = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  /** Trailing-wildcard patterns as a trie of their prefixes, walked letter by letter. */
  private readonly prefixes: PrefixNode = { next: new Map() };
  private readonly general: { id: number; regex: RegExp }[] = [];

  idOf(pattern: string): number {
    let id = this.ids.get(pattern);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(pattern, id);
    const star = pattern.indexOf('*');
    if (star === -1) push(this.exact, pattern, id);
    else if (star === pattern.length - 1 && star > 0) {
      let node = this.prefixes;
      for (let i = 0; i < star; i++) {
        const letter = pattern[i]!;
        let child = node.next.get(letter);
        if (!child) {
          child = { next: new Map() };
          node.next.set(letter, child);
        }
        node = child;
      }
      node.ids ??= [];
      node.ids.push(id);
    } else {
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\p{L}*');
      this.general.push({ id, regex: new RegExp(`^${source}$`, 'u') });
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Positions (token indices, ascending) of each pattern in the text; undefined where absent. */
  locate(tokens: readonly TextToken[]): (number[] | undefined)[] {
    const found: (number[] | undefined)[] = new Array(this.ids.size);
    const add = (ids: number[] | undefined, at: number) => {
      if (!ids) return;
      for (const id of ids) {
        const list = found[id];
        if (!list) found[id] = [at];
        else if (list[list.length - 1] !== at) list.push(at);
      }
    };
    for (let at = 0; at < tokens.length; at++) {
      const word = tokens[at]!.word;
      add(this.exact.get(word), at);
      if (word.length > 3 && word.endsWith('s')) {
        add(this.exact.get(word.slice(0, -1)), at);
        if (word.endsWith('es')) add(this.exact.get(word.slice(0, -2)), at);
        if (word.endsWith('ies')) add(this.exact.get(`${word.slice(0, -3)}y`), at);
      }
      let node: PrefixNode | undefined = this.prefixes;
      for (let i = 0; i < word.length && node; i++) {
        node = node.next.get(word[i]!);
        if (node?.ids) add(node.ids, at);
      }
      for (const { id, regex } of this.general) if (regex.test(word)) add([id], at);
    }
    return found;
  }
}

interface PrefixNode {
  next: Map<string, PrefixNode>;
  ids?: number[];
}

function push(map: Map<string, number[]>, key: string, id: number) {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
