import type { TextAnalysis } from './analyse-text.js';
import { goalFeatures } from './goal-features.js';
import { learnedSimilarity, learnedVector } from './learned-layer.js';
import { logit, sigmoid } from './logistic.js';
import type { LearnedLayer } from './model-artefact.js';

/**
 * The probability, per goal (index 0 = goal 1), that the text is about it. English text is
 * weighed with the learned terms; other languages with the framework-only weights.
 */
export function scoreGoals(analysis: TextAnalysis, layer: LearnedLayer, targetGoal: readonly number[]): number[] {
  if (analysis.tokens.length === 0) return new Array<number>(17).fill(0);
  const vector = learnedVector(analysis, layer.idf);
  if (vector) {
    const features = goalFeatures(analysis, targetGoal, learnedSimilarity(vector, layer));
    return features.map((row, k) => sigmoid(logit({ weights: layer.weights, intercepts: layer.intercepts }, row, k)));
  }
  const features = goalFeatures(analysis, targetGoal);
  return features.map((row, k) => sigmoid(logit({ weights: layer.frameworkWeights, intercepts: layer.frameworkIntercepts }, row, k)));
}
