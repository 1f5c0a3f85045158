import type { SdgTextLanguage } from '../sdg-classifier.js';
import { stem } from '../text/stem.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { TextToken } from '../text/tokenize.js';

/** Content words of a text as stems: their counts and, per stem, the token indices where they occur. */
export interface TextStems {
  counts: Map<string, number>;
  positions: Map<string, number[]>;
}

export function textStems(tokens: readonly TextToken[], lang: SdgTextLanguage): TextStems {
  const counts = new Map<string, number>();
  const positions = new Map<string, number[]>();
  const stop = STOPWORDS[lang];
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.word;
    if (word.length < 3 || stop.has(word) || /^\d+$/.test(word)) continue;
    const key = stem(word, lang);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const list = positions.get(key);
    if (list) list.push(at);
    else positions.set(key, [at]);
  }
  return { counts, positions };
}
