import { getSdgGoal, getSdgTarget } from '@msp-atlas/sdg-framework';
import type { SdgEvidence } from './sdg-evidence.type.js';
import type { SdgSuggestion } from './sdg-suggestion.type.js';

interface SuggestionLike {
  goal: number;
  target: string | null;
  score: number;
  evidence: (Omit<SdgEvidence, 'field' | 'source'> & { field?: string | null; source: string })[];
}

/** A classifier's (or the projection's) suggestion as the API gives it; null if the framework lacks its codes. */
export function toSdgSuggestion(suggestion: SuggestionLike): SdgSuggestion | null {
  const goal = getSdgGoal(String(suggestion.goal));
  const target = suggestion.target === null ? null : getSdgTarget(suggestion.target);
  if (!goal || target === undefined) return null;
  return {
    goal,
    target,
    score: suggestion.score,
    evidence: suggestion.evidence.map((e) => ({ ...e, field: (e.field ?? null) as SdgEvidence['field'], source: e.source as SdgEvidence['source'] })),
  };
}
