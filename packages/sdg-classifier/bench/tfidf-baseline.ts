import type { TextAnalysis } from '../src/model/analyse-text.js';
import { dot, normalise, tfIdf, type SparseVector } from '../src/model/sparse-vector.js';

interface Row {
  analysis: TextAnalysis;
  goal: number;
  label: boolean;
}

/**
 * The plain baseline: TF-IDF of the training texts' words, per goal a centroid of the texts
 * judged about it and one of those judged not; a text is about the goal if nearer the first.
 */
export function tfIdfBaseline(train: readonly Row[], test: readonly Row[]): boolean[] {
  const df = new Map<string, number>();
  for (const row of train) for (const term of row.analysis.stems.counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => {
    const count = df.get(term);
    return count ? Math.log(train.length / count) : undefined;
  };
  const centroids = new Map<string, SparseVector>();
  for (const row of train) {
    const key = `${row.goal}:${row.label}`;
    const sum = centroids.get(key) ?? new Map<string, number>();
    for (const [term, value] of tfIdf(row.analysis.stems.counts, idf)) sum.set(term, (sum.get(term) ?? 0) + value);
    centroids.set(key, sum);
  }
  for (const sum of centroids.values()) normalise(sum);
  return test.map((row) => {
    const vector = tfIdf(row.analysis.stems.counts, idf);
    const about = centroids.get(`${row.goal}:true`);
    const not = centroids.get(`${row.goal}:false`);
    return (about ? dot(vector, about) : 0) >= (not ? dot(vector, not) : 0);
  });
}
