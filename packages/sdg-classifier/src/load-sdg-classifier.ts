import { sdgGoals, sdgTargets } from '@msp-atlas/sdg-framework';
import type { SdgClassifier, SdgEvidence, SdgSuggestion } from './sdg-classifier.js';

// Provisional: matches words of the official English target texts. The real classifier
// (expert queries, multilingual terms, weights learned from the benchmark) replaces this
// behind the same interface.

const STOP = new Set(['the', 'and', 'for', 'all', 'with', 'from', 'that', 'this', 'their', 'including', 'by', 'of', 'in', 'to', 'on', 'at', 'as', 'an', 'a', 'or', 'be', 'its', 'into', 'other', 'such']);
const words = (text: string) => [...text.toLowerCase().matchAll(/\p{L}{4,}/gu)].map((match) => ({ word: match[0], start: match.index! }));

let loaded: SdgClassifier | undefined;

export function loadSdgClassifier(): SdgClassifier {
  loaded ??= buildProvisional();
  return loaded;
}

function buildProvisional(): SdgClassifier {
  const targetWords = sdgTargets.map((target) => ({ target, words: new Set(words(target.title.en).map((w) => w.word).filter((w) => !STOP.has(w))) }));
  const suggest: SdgClassifier['suggest'] = (text, options = {}) => {
    const input = words(String(text ?? ''));
    const suggestions: SdgSuggestion[] = [];
    for (const { target, words: vocabulary } of targetWords) {
      const evidence: SdgEvidence[] = input
        .filter((w) => vocabulary.has(w.word))
        .map((w) => ({ phrase: w.word, start: w.start, end: w.start + w.word.length, source: 'TARGET_TEXT' as const, sourceCode: target.code, matched: w.word }));
      const distinct = new Set(evidence.map((e) => e.phrase)).size;
      if (distinct >= 2) suggestions.push({ goal: Number(target.goalCode), target: target.code, score: Math.min(1, distinct / 6), evidence });
    }
    return suggestions.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
  };
  return {
    suggest,
    classify(text) {
      const scores = Object.fromEntries(sdgGoals.map((goal) => [String(goal.number), 0]));
      const suggestions = suggest(text, { limit: 50 });
      for (const s of suggestions) scores[String(s.goal)] = Math.max(scores[String(s.goal)]!, s.score);
      const goals = sdgGoals.map((goal) => goal.number).filter((goal) => scores[String(goal)]! >= 0.5);
      return { goals, targets: suggestions.filter((s) => goals.includes(s.goal) && s.target).map((s) => s.target!), scores };
    },
  };
}
