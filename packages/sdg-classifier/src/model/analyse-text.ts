import type { SdgTextLanguage } from '../sdg-classifier.js';
import { detectLanguage } from '../text/detect-language.js';
import { tokenize, type TextToken } from '../text/tokenize.js';
import type { ExpertQuerySet, QueryHit } from './expert-query-set.js';
import { GOAL_COUNT, type FrameworkIndex, type FrameworkSimilarity } from './framework-index.js';
import { textStems, type TextStems } from './text-stems.js';

/** Everything the scoring needs from one text, computed once. */
export interface TextAnalysis {
  text: string;
  tokens: TextToken[];
  lang: SdgTextLanguage;
  stems: TextStems;
  framework: FrameworkSimilarity;
  queryHits: QueryHit[];
  /** Distinct expert query lines matched, per goal (index 0 = goal 1). */
  goalQueryCounts: number[];
}

export function analyseText(text: unknown, lang: SdgTextLanguage | undefined, framework: FrameworkIndex, queries: ExpertQuerySet): TextAnalysis {
  const source = typeof text === 'string' ? text : text == null ? '' : String(text);
  const tokens = tokenize(source);
  const language = lang && ['en', 'fr', 'es', 'de'].includes(lang) ? lang : detectLanguage(tokens);
  const stems = textStems(tokens, language);
  const queryHits = queries.match(tokens).filter((hit) => {
    const seed = queries.queries[hit.query]!.seed;
    return seed === undefined || seed === language;
  });
  const goalQueryCounts = new Array<number>(GOAL_COUNT).fill(0);
  for (const hit of queryHits) goalQueryCounts[queries.queries[hit.query]!.goal - 1]! += 1;
  return { text: source, tokens, lang: language, stems, framework: framework.similarity(stems, language), queryHits, goalQueryCounts };
}
