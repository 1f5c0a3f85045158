import type { SdgTextLanguage } from '../sdg-classifier.js';
import type { WordCounts } from './naive-bayes-terms.js';

/** An expert query line as shipped: the goal and target it stands for and its Scopus text. */
export interface ShippedQuery {
  goal: number;
  /** Null where the query stands for the goal as a whole. */
  target: string | null;
  query: string;
  /** Hand-written (multilingual seed) rather than Aurora's. */
  seed?: SdgTextLanguage;
}

/**
 * Term weights of the official texts in one language: per stem, its IDF, its weights in the
 * goal and target vectors ([index, weight] pairs, vectors of unit length) and a word to show.
 */
export interface FrameworkTerms {
  [stem: string]: [idf: number, goals: [number, number][], targets: [number, number][], shown: string];
}

/** The light layer learned from the benchmark rows. */
export interface LearnedLayer {
  /** IDF of the words of the benchmark texts (English stems). */
  idf: Record<string, number>;
  /** Per goal (index 0 = goal 1): centroids of texts judged about the goal and not, pruned. */
  positive: Record<string, number>[];
  negative: Record<string, number>[];
  /** Document counts of the benchmark's words, for the Naive Bayes feature. */
  wordCounts?: WordCounts;
  /** The features the weights below are for, in order (a model built for others is refused). */
  features: string[];
  frameworkFeatures: string[];
  /** Logistic weights over `features`, and an intercept per goal. */
  weights: number[];
  intercepts: number[];
  /** The same over `frameworkFeatures` (no learned terms), for text in other languages. */
  frameworkWeights: number[];
  frameworkIntercepts: number[];
}

export interface SdgModelArtefact {
  version: number;
  targets: string[];
  frameworkTerms: Record<SdgTextLanguage, FrameworkTerms>;
  learned: LearnedLayer;
}
