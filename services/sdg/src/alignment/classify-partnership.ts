import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { loadSdgClassifier } from '@msp-atlas/sdg-classifier';
import { locateInField, partnershipText } from './partnership-text.js';
import type { StoredEvidence, StoredSuggestion } from './stored-suggestion.js';

/** How many suggestions a partnership keeps; more would only be noise to a reader. */
export const SUGGESTIONS_KEPT = 10;

/**
 * Suggestions from the partnership's own text (name, summary, description, objectives),
 * each piece of evidence placed in the field it came from. The language is left to the
 * classifier to detect: the record does not say which it is written in.
 */
export function classifyPartnership(snapshot: PartnershipSnapshot): StoredSuggestion[] {
  const text = partnershipText(snapshot);
  if (!text.text) return [];
  return loadSdgClassifier()
    .suggest(text.text, { limit: SUGGESTIONS_KEPT })
    .map((suggestion) => ({
      goal: suggestion.goal,
      target: suggestion.target,
      score: roundScore(suggestion.score),
      evidence: suggestion.evidence.flatMap((evidence): StoredEvidence[] => {
        const place = locateInField(text, evidence.start, evidence.end);
        return place ? [{ ...place, phrase: evidence.phrase, source: evidence.source, sourceCode: evidence.sourceCode, matched: evidence.matched }] : [];
      }),
    }));
}

/** Three decimals: enough to order by, and stable, so an unchanged text publishes nothing new. */
function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
