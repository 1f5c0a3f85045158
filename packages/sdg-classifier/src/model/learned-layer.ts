import type { TextAnalysis } from './analyse-text.js';
import { GOAL_COUNT } from './framework-index.js';
import { FRAMEWORK_FEATURES, goalFeatures, LEARNED_FEATURES, type LearnedSimilarity } from './goal-features.js';
import { fitLogistic, type LogisticExample } from './logistic.js';
import type { LearnedLayer } from './model-artefact.js';
import { countWords, naiveBayesScores } from './naive-bayes-terms.js';
import { dot, norm, tfIdf, type SparseVector } from './sparse-vector.js';

/** A benchmark row: a text judged, for one goal, about it or not. */
export interface JudgedText {
  analysis: TextAnalysis;
  /**
   * The same text analysed against the official titles only (as text in French, Spanish or
   * German is); the framework-only weights are learned on it. Defaults to `analysis`.
   */
  titlesOnly?: TextAnalysis;
  goal: number;
  label: boolean;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

// Large records read as maps: lookups in objects of thousands of keys are slow.
const recordMaps = new WeakMap<object, Map<string, number>>();
function asMap(record: Readonly<Record<string, number>>): Map<string, number> {
  let map = recordMaps.get(record);
  if (!map) {
    map = new Map(Object.entries(record));
    recordMaps.set(record, map);
  }
  return map;
}

/** The text as a vector over the benchmark's words; only English text has one. */
export function learnedVector(analysis: TextAnalysis, idf: Readonly<Record<string, number>>): SparseVector | undefined {
  if (analysis.lang !== 'en') return undefined;
  const table = asMap(idf);
  return tfIdf(analysis.stems.counts, (term) => table.get(term));
}

/** Per term, the goals whose centroids hold it, as [goal index, weight] pairs (built once per layer). */
type CentroidPostings = Map<string, { positive: number[]; negative: number[] }>;
const postingsOf = new WeakMap<LearnedLayer, CentroidPostings>();

function centroidPostings(layer: LearnedLayer): CentroidPostings {
  let postings = postingsOf.get(layer);
  if (postings) return postings;
  postings = new Map();
  for (const side of ['positive', 'negative'] as const) {
    layer[side].forEach((centroid, goal) => {
      for (const [term, weight] of Object.entries(centroid)) {
        let entry = postings!.get(term);
        if (!entry) {
          entry = { positive: [], negative: [] };
          postings!.set(term, entry);
        }
        entry[side].push(goal, weight);
      }
    });
  }
  postingsOf.set(layer, postings);
  return postings;
}

export function learnedSimilarity(vector: SparseVector, layer: LearnedLayer): LearnedSimilarity {
  const postings = centroidPostings(layer);
  const positive = new Array<number>(layer.positive.length).fill(0);
  const negative = new Array<number>(layer.negative.length).fill(0);
  for (const [term, weight] of vector) {
    const entry = postings.get(term);
    if (!entry) continue;
    // Flat [goal, weight, goal, weight, …] lists.
    const { positive: about, negative: notAbout } = entry;
    for (let i = 0; i < about.length; i += 2) positive[about[i]!]! += weight * about[i + 1]!;
    for (let i = 0; i < notAbout.length; i += 2) negative[notAbout[i]!]! += weight * notAbout[i + 1]!;
  }
  return { positive, negative, naiveBayes: layer.wordCounts ? naiveBayesScores(new Set(vector.keys()), layer.wordCounts) : undefined };
}

/**
 * Learns the light layer from judged texts: IDF of their words, centroids per goal of the
 * texts judged about it and not, then the logistic weights over all features. A text's own
 * centroid similarity is taken leave-one-out, so the weights learn what an unseen text gets.
 */
export function trainLearnedLayer(rows: readonly JudgedText[], targetGoal: readonly number[]): LearnedLayer {
  const documentFrequency = new Map<string, number>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.analysis.text)) continue;
    seen.add(row.analysis.text);
    for (const term of row.analysis.stems.counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf: Record<string, number> = {};
  for (const [term, df] of documentFrequency) if (df >= 2) idf[term] = round(Math.log(seen.size / df));

  const vectors = rows.map((row) => learnedVector(row.analysis, idf) ?? new Map<string, number>());
  const sums = { positive: emptySums(), negative: emptySums() };
  rows.forEach((row, i) => {
    add(sums[row.label ? 'positive' : 'negative'][row.goal - 1]!, vectors[i]!);
  });
  const centroid = (sum: SparseVector) => {
    const length = norm(sum) || 1;
    return Object.fromEntries([...sum].map(([term, value]) => [term, round(value / length)]));
  };
  const positive = sums.positive.map(centroid);
  const negative = sums.negative.map(centroid);

  // Texts judged about a goal count for it; all other texts (judged not, or about another goal) against it.
  const wordSets = vectors.map((vector) => new Set(vector.keys()));
  const wordCounts = countWords(
    rows.map((row, i) => ({ words: wordSets[i]!, aboutGoal: row.label ? row.goal - 1 : null })),
    new Set(Object.keys(idf)),
  );

  const frameworkExamples: LogisticExample[] = [];
  const fullExamples: LogisticExample[] = [];
  rows.forEach((row, i) => {
    const vector = vectors[i]!;
    const similarity = (side: 'positive' | 'negative') =>
      sums[side].map((sum, k) => (row.goal - 1 === k && row.label === (side === 'positive') ? leaveOneOut(sum, vector) : cosineToSum(sum, vector)));
    const naiveBayes = naiveBayesScores(wordSets[i]!, wordCounts, { aboutGoal: row.label ? row.goal - 1 : null });
    const learned = { positive: similarity('positive'), negative: similarity('negative'), naiveBayes };
    const goal = row.goal - 1;
    frameworkExamples.push({ features: goalFeatures(row.titlesOnly ?? row.analysis, targetGoal)[goal]!, goal, label: row.label });
    fullExamples.push({ features: goalFeatures(row.analysis, targetGoal, learned)[goal]!, goal, label: row.label });
  });
  const full = fitLogistic(fullExamples, GOAL_COUNT);
  const framework = fitLogistic(frameworkExamples, GOAL_COUNT);
  return {
    idf,
    positive,
    negative,
    wordCounts,
    features: [...FRAMEWORK_FEATURES, ...LEARNED_FEATURES],
    frameworkFeatures: [...FRAMEWORK_FEATURES],
    weights: full.weights.map(round),
    intercepts: full.intercepts.map(round),
    frameworkWeights: framework.weights.map(round),
    frameworkIntercepts: framework.intercepts.map(round),
  };
}

function emptySums(): SparseVector[] {
  return Array.from({ length: GOAL_COUNT }, () => new Map<string, number>());
}

function add(sum: SparseVector, vector: SparseVector) {
  for (const [term, value] of vector) sum.set(term, (sum.get(term) ?? 0) + value);
}

function cosineToSum(sum: SparseVector, vector: SparseVector): number {
  const length = norm(sum);
  return length === 0 ? 0 : dot(sum, vector) / length;
}

function leaveOneOut(sum: SparseVector, vector: SparseVector): number {
  const overlap = dot(sum, vector);
  const self = dot(vector, vector);
  const rest = Math.sqrt(Math.max(norm(sum) ** 2 - 2 * overlap + self, 0));
  return rest < 1e-9 ? 0 : (overlap - self) / rest;
}
