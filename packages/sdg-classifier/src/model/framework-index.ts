import type { SdgTextLanguage } from '../sdg-classifier.js';
import type { FrameworkTerms } from './model-artefact.js';
import { tfIdf, type SparseVector } from './sparse-vector.js';
import type { TextStems } from './text-stems.js';

export const GOAL_COUNT = 17;

/** Cosine similarity of a text to each goal's and target's official texts, in the text's language. */
export interface FrameworkSimilarity {
  vector: SparseVector;
  goals: number[];
  targets: number[];
}

export class FrameworkIndex {
  private readonly terms: Record<SdgTextLanguage, Map<string, FrameworkTerms[string]>>;

  constructor(
    terms: Record<SdgTextLanguage, FrameworkTerms>,
    readonly targetCount: number,
  ) {
    this.terms = Object.fromEntries(Object.entries(terms).map(([lang, table]) => [lang, new Map(Object.entries(table))])) as typeof this.terms;
  }

  entry(lang: SdgTextLanguage, stem: string): FrameworkTerms[string] | undefined {
    return this.terms[lang].get(stem);
  }

  similarity(stems: TextStems, lang: SdgTextLanguage): FrameworkSimilarity {
    const table = this.terms[lang];
    const vector = tfIdf(stems.counts, (term) => table.get(term)?.[0]);
    const goals = new Array<number>(GOAL_COUNT).fill(0);
    const targets = new Array<number>(this.targetCount).fill(0);
    for (const [term, weight] of vector) {
      const entry = table.get(term)!;
      const inGoals = entry[1];
      const inTargets = entry[2];
      for (let i = 0; i < inGoals.length; i++) goals[inGoals[i]![0]]! += weight * inGoals[i]![1];
      for (let i = 0; i < inTargets.length; i++) targets[inTargets[i]![0]]! += weight * inTargets[i]![1];
    }
    return { vector, goals, targets };
  }
}
