import { sdgGoals, sdgIndicators, sdgTargets, type SdgLocale } from '@msp-atlas/sdg-framework';
import { parseQuery } from '../src/query/parse-query.js';
import type { QueryNode } from '../src/query/query-ast.js';
import type { FrameworkTerms, ShippedQuery } from '../src/model/model-artefact.js';
import { textStems } from '../src/model/text-stems.js';
import { tokenize } from '../src/text/tokenize.js';

const LANGUAGES: SdgLocale[] = ['en', 'fr', 'es', 'de'];
const round = (value: number) => Math.round(value * 1e4) / 1e4;

function queryWords(node: QueryNode): string[] {
  switch (node.kind) {
    case 'term':
      return node.words
        .map((w) => w.replace(/\*/g, ' '))
        .join(' ')
        .split(' ');
    case 'or':
    case 'and':
      return node.children.flatMap(queryWords);
    case 'not':
      return queryWords(node.include);
    case 'near':
      return [...queryWords(node.left), ...queryWords(node.right)];
  }
}

/**
 * TF-IDF vectors of each goal and target in each language: the target's official text (in
 * English also its indicators and the words of its expert queries); a goal adds its titles
 * to the texts of its targets. IDF is over the target documents. Without enrichEnglish the
 * English vectors hold the official titles only, like the other languages': the weights for
 * text in other languages are learned on those.
 */
export function buildFrameworkTerms(
  queries: readonly ShippedQuery[],
  options: { enrichEnglish?: boolean; goalDescriptions?: Record<number, string> } = {},
): { targets: string[]; terms: Record<SdgLocale, FrameworkTerms> } {
  const targets = sdgTargets.map((t) => t.code);
  const terms = {} as Record<SdgLocale, FrameworkTerms>;
  for (const lang of LANGUAGES) {
    const shown = new Map<string, string>();
    const countsOf = (text: string) => {
      const tokens = tokenize(text);
      const stems = textStems(tokens, lang);
      for (const [stem, at] of stems.positions) if (!shown.has(stem)) shown.set(stem, tokens[at[0]!]!.word);
      return stems.counts;
    };
    const targetDocs = sdgTargets.map((target) => {
      const parts = [target.title[lang]];
      if (lang === 'en' && options.enrichEnglish !== false) {
        parts.push(...sdgIndicators.filter((i) => i.targetCode === target.code).map((i) => i.title.en));
        parts.push(...queries.filter((q) => q.target === target.code && !q.seed).map((q) => queryWords(parseQuery(q.query)).join(' ')));
      }
      return countsOf(parts.join(' . '));
    });
    const goalDocs = sdgGoals.map((goal) => {
      const about = lang === 'en' && options.enrichEnglish !== false ? (options.goalDescriptions?.[goal.number] ?? '') : '';
      const counts = countsOf(`${goal.title[lang]} . ${goal.shortTitle[lang]} . ${goal.shortTitle[lang]} . ${about}`);
      targetDocs.forEach((doc, index) => {
        if (sdgTargets[index]!.goalCode !== goal.code) return;
        for (const [stem, count] of doc) counts.set(stem, (counts.get(stem) ?? 0) + count);
      });
      return counts;
    });
    const df = new Map<string, number>();
    for (const doc of targetDocs) for (const stem of doc.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
    for (const doc of goalDocs) for (const stem of doc.keys()) if (!df.has(stem)) df.set(stem, 1);
    const idf = (stem: string) => Math.log((targetDocs.length + 1) / ((df.get(stem) ?? 0) + 1)) + 1;
    const vectorise = (doc: Map<string, number>) => {
      const entries = [...doc].map(([stem, count]) => [stem, (1 + Math.log(count)) * idf(stem)] as const);
      const length = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
      return entries.map(([stem, w]) => [stem, w / length] as const);
    };
    const table: FrameworkTerms = {};
    const entry = (stem: string) => (table[stem] ??= [round(idf(stem)), [], [], shown.get(stem) ?? stem]);
    goalDocs.forEach((doc, index) => {
      for (const [stem, w] of vectorise(doc)) entry(stem)[1].push([index, round(w)]);
    });
    targetDocs.forEach((doc, index) => {
      for (const [stem, w] of vectorise(doc)) entry(stem)[2].push([index, round(w)]);
    });
    terms[lang] = table;
  }
  return { targets, terms };
}
