import { goalOf, textTermsOfProfile, weightedTargets, type OverlapProfile } from './overlap-profile.js';
import type { TermStats } from './term-stats.js';
import { sentencesOf, textTermsOf } from './text-terms.js';
import { textVectorOf, type TextVector } from './text-vector.js';

export interface Sentence {
  text: string;
  terms: Set<string>;
}

/** A profile with what the exact score reads computed once. */
export interface PreparedProfile {
  profile: OverlapProfile;
  text: TextVector;
  nameTerms: Set<string>;
  targets: Map<string, number>;
  goals: Set<string>;
  /** Computed when first asked for: only the overlaps shown need their passages. */
  sentences(): Sentence[];
}

// Words every initiative's name has ("partnership", "alliance") say nothing.
const GENERIC_NAME_TERMS = new Set(['c:partnership']);

export function prepareProfile(profile: OverlapProfile, stats: TermStats): PreparedProfile {
  const targets = weightedTargets(profile);
  let sentences: Sentence[] | null = null;
  return {
    profile,
    text: textVectorOf(textTermsOfProfile(profile), stats),
    nameTerms: new Set(textTermsOf(profile.name).filter((term) => !GENERIC_NAME_TERMS.has(term))),
    targets,
    goals: new Set([...targets.keys()].map(goalOf)),
    sentences: () =>
      (sentences ??= [profile.summary, profile.description, ...profile.objectives]
        .flatMap(sentencesOf)
        .map((text) => ({ text, terms: new Set(textTermsOf(text)) }))
        .filter((sentence) => sentence.terms.size >= 3)),
  };
}
