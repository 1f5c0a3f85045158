import type { TextAnalysis } from './analyse-text.js';
import { GOAL_COUNT } from './framework-index.js';

/** Similarity of a text to the learned centroids of each goal (texts judged about it, and not). */
export interface LearnedSimilarity {
  positive: number[];
  negative: number[];
}

export const FRAMEWORK_FEATURES = ['queryLines', 'anyQuery', 'queryShare', 'goalSimilarity', 'goalSimilarityRelative', 'bestTargetSimilarity'] as const;
export const LEARNED_FEATURES = ['learnedPositive', 'learnedNegative', 'learnedRelative'] as const;

const maxOf = (values: readonly number[]) => values.reduce((a, b) => (b > a ? b : a), 0);

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
  const learnedBest = learned ? maxOf(learned.positive.map((p, k) => p - learned.negative[k]!)) : 0;
  const rows: number[][] = [];
  for (let k = 0; k < GOAL_COUNT; k++) {
    const lines = goalQueryCounts[k]!;
    const row = [
      Math.log1p(lines),
      lines > 0 ? 1 : 0,
      lines / (totalQueries + 1),
      framework.goals[k]!,
      bestGoal > 0 ? framework.goals[k]! / bestGoal : 0,
      bestTarget[k]!,
    ];
    if (learned) {
      const margin = learned.positive[k]! - learned.negative[k]!;
      row.push(learned.positive[k]!, learned.negative[k]!, learnedBest > 0 ? margin / learnedBest : margin);
    }
    rows.push(row);
  }
  return rows;
}
