import { OverlapKind } from '../similarity/overlap-kind.js';
import type { ScoredOverlap } from '../similarity/score-overlap.js';

/** What the summary keeps and PartnershipOverlapsChanged carries. */
export interface OverlapFigures {
  overlaps: number;
  duplicates: number;
  strongestScore: number | null;
}

const isCurrentOverlap = (overlap: ScoredOverlap) => !overlap.past && (overlap.kind === OverlapKind.OVERLAP || overlap.kind === OverlapKind.DUPLICATE);

/**
 * Counts the current overlaps (OVERLAP or DUPLICATE, not past initiatives). The score is
 * rounded to two decimals: the text weights move a little with every partnership indexed,
 * and a change in the third decimal is not news worth an event.
 */
export function overlapFiguresOf(scored: readonly ScoredOverlap[]): OverlapFigures {
  const current = scored.filter(isCurrentOverlap);
  const strongest = current.reduce<number | null>((best, overlap) => (best === null || overlap.score > best ? overlap.score : best), null);
  return {
    overlaps: current.length,
    duplicates: current.filter((overlap) => overlap.kind === OverlapKind.DUPLICATE).length,
    strongestScore: strongest === null ? null : Math.round(strongest * 100) / 100,
  };
}

/** The partnerships counted in the figures. */
export function currentOverlapIds(scored: readonly ScoredOverlap[]): string[] {
  return scored.filter(isCurrentOverlap).map((overlap) => overlap.partnershipId);
}

export function sameFigures(a: OverlapFigures, b: OverlapFigures): boolean {
  return a.overlaps === b.overlaps && a.duplicates === b.duplicates && a.strongestScore === b.strongestScore;
}
