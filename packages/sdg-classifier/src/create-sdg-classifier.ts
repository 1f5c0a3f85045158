import type { SdgClassifier, SdgEvidence, SdgSuggestion, SdgTextLanguage } from './sdg-classifier.js';
import { analyseText, type TextAnalysis } from './model/analyse-text.js';
import { ExpertQuerySet } from './model/expert-query-set.js';
import { FrameworkIndex, GOAL_COUNT } from './model/framework-index.js';
import type { SdgModelArtefact, ShippedQuery } from './model/model-artefact.js';
import { scoreGoals } from './model/score-goals.js';
import { FRAMEWORK_FEATURES, LEARNED_FEATURES } from './model/goal-features.js';
import { naiveBayesRatio } from './model/naive-bayes-terms.js';

/** A goal is decided for the text at this probability. */
export const GOAL_THRESHOLD = 0.5;
/** Goals below this are not suggested at all. */
const SUGGESTION_FLOOR = 0.2;
/** Weight of one matched expert query line for a target, against target-text similarity. */
const QUERY_WEIGHT_FOR_TARGET = 0.15;
const MAX_TARGETS_PER_GOAL = 3;
const MAX_EVIDENCE = 8;
/** A word counts as learned evidence when it is this much likelier (log-ratio) in texts about the goal. */
const LEARNED_TERM_MIN_RATIO = 1;

const round = (value: number) => Math.round(value * 10000) / 10000;

export function createSdgClassifier(model: SdgModelArtefact, queries: readonly ShippedQuery[]): SdgClassifier {
  const expected = [...FRAMEWORK_FEATURES, ...LEARNED_FEATURES].join(',');
  if (model.learned.features?.join(',') !== expected || model.learned.frameworkFeatures?.join(',') !== FRAMEWORK_FEATURES.join(',')) {
    throw new Error('model/sdg-model.json was built for other features than this code computes: run npm run build-model -w @msp-atlas/sdg-classifier');
  }
  const framework = new FrameworkIndex(model.frameworkTerms, model.targets.length);
  const querySet = new ExpertQuerySet(queries);
  const targetGoal = model.targets.map((code) => Number(code.split('.')[0]));
  const targetIndex = new Map(model.targets.map((code, index) => [code, index]));

  const analyse = (text: unknown, lang?: SdgTextLanguage) => analyseText(text, lang, framework, querySet);

  /** Targets of a goal the text serves, best first, with their strength relative to the best. */
  const rankTargets = (analysis: TextAnalysis, goal: number) => {
    const byQuery = new Map<number, number>();
    for (const hit of analysis.queryHits) {
      const target = querySet.queries[hit.query]!.target;
      const index = target === null ? undefined : targetIndex.get(target);
      if (index !== undefined && targetGoal[index] === goal) byQuery.set(index, (byQuery.get(index) ?? 0) + 1);
    }
    const ranked: { index: number; strength: number }[] = [];
    model.targets.forEach((_, index) => {
      if (targetGoal[index] !== goal) return;
      const strength = analysis.framework.targets[index]! + QUERY_WEIGHT_FOR_TARGET * (byQuery.get(index) ?? 0);
      if (strength > 0) ranked.push({ index, strength });
    });
    ranked.sort((a, b) => b.strength - a.strength || a.index - b.index);
    const best = ranked[0]?.strength ?? 0;
    return ranked
      .filter((t) => t.strength >= best * 0.6 && (t.strength >= 0.08 || byQuery.has(t.index)))
      .slice(0, MAX_TARGETS_PER_GOAL)
      .map((t) => ({ ...t, relative: t.strength / best }));
  };

  const phraseAt = (analysis: TextAnalysis, first: number, last: number) => {
    const start = analysis.tokens[first]!.start;
    const end = analysis.tokens[last]!.end;
    return { phrase: analysis.text.slice(start, end), start, end };
  };

  const queryEvidence = (analysis: TextAnalysis, goal: number, target: string | null): SdgEvidence[] => {
    const evidence: SdgEvidence[] = [];
    for (const hit of analysis.queryHits) {
      const query = querySet.queries[hit.query]!;
      if (query.goal !== goal || (target !== null && query.target !== target)) continue;
      const matched = query.seed ? `${hit.clause()} [seed terms, ${query.seed}]` : hit.clause();
      for (const span of hit.spans.slice(0, 2)) {
        evidence.push({ ...phraseAt(analysis, span.first, span.last), source: 'EXPERT_QUERY', sourceCode: query.target ?? String(goal), matched });
      }
    }
    return evidence;
  };

  const targetTextEvidence = (analysis: TextAnalysis, targetCodeIndex: number): SdgEvidence[] => {
    const contributions: { stem: string; value: number; shown: string }[] = [];
    for (const [stem, weight] of analysis.framework.vector) {
      const entry = framework.entry(analysis.lang, stem);
      const inTarget = entry?.[2].find(([index]) => index === targetCodeIndex);
      if (entry && inTarget) contributions.push({ stem, value: weight * inTarget[1], shown: entry[3] });
    }
    contributions.sort((a, b) => b.value - a.value || a.stem.localeCompare(b.stem));
    return contributions.slice(0, 4).map(({ stem, shown }) => {
      const at = analysis.stems.positions.get(stem)![0]!;
      return { ...phraseAt(analysis, at, at), source: 'TARGET_TEXT' as const, sourceCode: model.targets[targetCodeIndex]!, matched: shown };
    });
  };

  /** Words of the text that the benchmark's texts about the goal use far more than the others (English only). */
  const learnedTermEvidence = (analysis: TextAnalysis, goal: number): SdgEvidence[] => {
    const counts = model.learned.wordCounts;
    if (!counts || analysis.lang !== 'en') return [];
    const telling: { stem: string; ratio: number }[] = [];
    for (const stem of analysis.stems.counts.keys()) {
      const ratio = naiveBayesRatio(stem, goal - 1, counts);
      if (ratio !== undefined && ratio >= LEARNED_TERM_MIN_RATIO) telling.push({ stem, ratio });
    }
    telling.sort((a, b) => b.ratio - a.ratio || (a.stem < b.stem ? -1 : 1));
    return telling.slice(0, 3).map(({ stem }) => {
      const at = analysis.stems.positions.get(stem)![0]!;
      return {
        ...phraseAt(analysis, at, at),
        source: 'LEARNED_TERM' as const,
        sourceCode: String(goal),
        matched: `"${analysis.tokens[at]!.word}", frequent in the benchmark's texts about SDG ${goal}`,
      };
    });
  };

  const suggest: SdgClassifier['suggest'] = (text, options = {}) => {
    const analysis = analyse(text, options.lang);
    const probabilities = scoreGoals(analysis, model.learned, targetGoal);
    const suggestions: SdgSuggestion[] = [];
    for (let k = 0; k < GOAL_COUNT; k++) {
      const goal = k + 1;
      const probability = probabilities[k]!;
      if (probability < SUGGESTION_FLOOR) continue;
      const targets = rankTargets(analysis, goal);
      // Queries for the goal as a whole (the seed terms in French, Spanish and German among them).
      const goalQueryEvidence = queryEvidence(analysis, goal, null)
        .filter((e) => !e.sourceCode.includes('.'))
        .slice(0, 2);
      const learnedEvidence = learnedTermEvidence(analysis, goal).slice(0, 2);
      for (const target of targets) {
        const code = model.targets[target.index]!;
        const evidence = [
          ...queryEvidence(analysis, goal, code),
          ...targetTextEvidence(analysis, target.index),
          ...goalQueryEvidence,
          ...learnedEvidence,
        ].slice(0, MAX_EVIDENCE);
        if (evidence.length > 0) suggestions.push({ goal, target: code, score: round(probability * (0.7 + 0.3 * target.relative)), evidence });
      }
      const goalEvidence = [...queryEvidence(analysis, goal, null), ...learnedEvidence].slice(0, MAX_EVIDENCE);
      if (!suggestions.some((s) => s.goal === goal) && goalEvidence.length > 0)
        suggestions.push({ goal, target: null, score: round(probability), evidence: goalEvidence });
    }
    suggestions.sort((a, b) => b.score - a.score || a.goal - b.goal || (a.target ?? '').localeCompare(b.target ?? ''));
    const limit = Number.isFinite(options.limit) && options.limit! >= 0 ? Math.floor(options.limit!) : 10;
    return suggestions.slice(0, limit);
  };

  const classify: SdgClassifier['classify'] = (text, options = {}) => {
    const analysis = analyse(text, options.lang);
    const probabilities = scoreGoals(analysis, model.learned, targetGoal);
    const scores: Record<string, number> = {};
    const goals: number[] = [];
    const targets: string[] = [];
    probabilities.forEach((probability, k) => {
      scores[String(k + 1)] = round(probability);
      if (probability < GOAL_THRESHOLD) return;
      goals.push(k + 1);
      targets.push(...rankTargets(analysis, k + 1).map((t) => model.targets[t.index]!));
    });
    targets.sort((a, b) => targetIndex.get(a)! - targetIndex.get(b)!);
    return { goals, targets, scores };
  };

  return { suggest, classify };
}
