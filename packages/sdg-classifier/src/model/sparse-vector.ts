/** A sparse vector over terms. */
export type SparseVector = Map<string, number>;

export function norm(vector: SparseVector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

export function normalise(vector: SparseVector): SparseVector {
  const length = norm(vector);
  if (length === 0) return vector;
  for (const [term, value] of vector) vector.set(term, value / length);
  return vector;
}

export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Sublinear term frequencies times IDF, unit length; terms without an IDF are left out. */
export function tfIdf(counts: ReadonlyMap<string, number>, idf: (term: string) => number | undefined): SparseVector {
  const vector: SparseVector = new Map();
  for (const [term, count] of counts) {
    const weight = idf(term);
    if (weight !== undefined && weight > 0) vector.set(term, (1 + Math.log(count)) * weight);
  }
  return normalise(vector);
}
