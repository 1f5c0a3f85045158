import type { TextAnalysis } from './analyse-text.js';
import { GOAL_COUNT } from './framework-index.js';

/** Similarity of a text to the learned centroids of each goal (texts judged about it, and not). */
export interface LearnedSimilarity {
  positive: number[];
  negative: number[];
  /** Naive Bayes log-ratio of the text's words per goal, where the layer has word counts. */
  naiveBayes?: number[];
}

/** Feature names, in the order goalFeatures gives them. */
export const FRAMEWORK_FEATURES = [
  'queryLines',
  'anyQuery',
  'queryShare',
  'queryLead',
  'goalSimilarity',
  'goalSimilarityRelative',
  'goalSimilarityLead',
  'bestTargetSimilarity',
] as const;
export const LEARNED_FEATURES = ['learnedPositive', 'learnedNegative', 'learnedRelative', 'learnedLead', 'naiveBayes', 'naiveBayesLead'] as const;

const maxOf = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);

/** Per goal, the features the logistic layer weighs: framework ones, then (where given) learned ones. */
export function goalFeatures(analysis: TextAnalysis, targetGoal: readonly number[], learned?: LearnedSimilarity): number[][] {
  const { goalQueryCounts, framework } = analysis;
  const totalQueries = goalQueryCounts.reduce((a, b) => a + b, 0);
  const bestGoal = maxOf(framework.goals);
  const bestTarget = new Array<number>(GOAL_COUNT).fill(0);
  framework.targets.forEach((value, index) => {
    const goal = targetGoal[index]! - 1;
    if (value > bestTarget[goal]!) bestTarget[goal] = value;
  });
  // How far a goal leads (or trails) the best of the other goals: a text about reefs is about 14 more than 15.
  const lead = (values: readonly number[], k: number) => values[k]! - values.reduce((best, v, j) => (j !== k && v > best ? v : best), 0);
  const logLines = goalQueryCounts.map((n) => Math.log1p(n));
  const margins = learned ? learned.positive.map((p, k) => p - learned.negative[k]!) : [];
  const learnedBest = maxOf(margins);
  const rows: number[][] = [];
  for (let k = 0; k < GOAL_COUNT; k++) {
    const lines = goalQueryCounts[k]!;
    const row = [
      Math.log1p(lines),
      lines > 0 ? 1 : 0,
      lines / (totalQueries + 1),
      lead(logLines, k),
      framework.goals[k]!,
      bestGoal > 0 ? framework.goals[k]! / bestGoal : 0,
      lead(framework.goals, k),
      bestTarget[k]!,
    ];
    if (learned) {
      const margin = learned.positive[k]! - learned.negative[k]!;
      row.push(learned.positive[k]!, learned.negative[k]!, learnedBest > 0 ? margin / learnedBest : margin, lead(margins, k));
      if (learned.naiveBayes) row.push(learned.naiveBayes[k]!, lead(learned.naiveBayes, k));
    }
    rows.push(row);
  }
  return rows;
}
