import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';

/** The baseline: a plain TF-IDF cosine on the description, lower-cased words, nothing else. */
export function tfidfBaseline(partnerships: readonly PartnershipSnapshot[]) {
  const tokens = partnerships.map((partnership) =>
    partnership.description
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const df = new Map<string, number>();
  for (const words of tokens) for (const word of new Set(words)) df.set(word, (df.get(word) ?? 0) + 1);
  const n = partnerships.length;
  const vectors = tokens.map((words) => {
    const tf = new Map<string, number>();
    for (const word of words) tf.set(word, (tf.get(word) ?? 0) + 1);
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of tf) {
      const weight = count * Math.log(n / (df.get(word) ?? 1));
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
  const index = new Map(partnerships.map((partnership, position) => [partnership.id, position]));
  const cosine = (a: Map<string, number>, b: Map<string, number>) => {
    let sum = 0;
    for (const [word, weight] of a) sum += weight * (b.get(word) ?? 0);
    return sum;
  };
  return {
    /** Every other partnership by cosine, best first. */
    ranking(id: string, first: number): { id: string; score: number }[] {
      const source = vectors[index.get(id)!]!;
      return partnerships
        .map((partnership, position) => ({ id: partnership.id, score: position === index.get(id) ? -1 : cosine(source, vectors[position]!) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, first);
    },
  };
}
