import type { LearningSignal, OverlapSignal, SdgSignal } from '@msp-atlas/partnership-health';
import type { Partnership } from '../partnership/partnership.type.js';

/**
 * The other services' signals as the gateway put them into the entity representation
 * (`@requires`), in the rules' shape; null where a service has none or did not answer.
 */
export function federatedSignalsOf(partnership: Partnership): { sdg: SdgSignal | null; overlaps: OverlapSignal | null; learning: LearningSignal | null } {
  const { sdgHealthSignal: sdg, overlapHealthSignal: overlaps, learningHealthSignal: learning } = partnership;
  return {
    sdg: sdg
      ? {
          partnershipVersion: sdg.partnershipVersion,
          declaredTargets: sdg.declaredTargets,
          evidencedDeclaredTargets: sdg.evidencedDeclaredTargets,
          suggestedUndeclaredTargets: sdg.suggestedUndeclaredTargets,
        }
      : null,
    overlaps: overlaps ? { overlaps: overlaps.overlaps, duplicates: overlaps.duplicates, strongestScore: overlaps.strongestScore ?? null } : null,
    learning: learning ? { publishedLessons: learning.publishedLessons, lastPublishedOn: learning.lastPublishedOn ?? null } : null,
  };
}
