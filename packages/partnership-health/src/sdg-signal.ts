import type { SdgSignal } from './health-signals.js';

/**
 * The score from which a suggested target counts as evidence from the partnership's own
 * text; the SDG service's suggestions below it are hints only (its EVIDENCE_MIN_SCORE).
 */
export const SDG_EVIDENCE_MIN_SCORE = 0.3;

export interface SdgAlignmentFigures {
  partnershipVersion: number;
  declaredTargets: readonly string[];
  suggestedTargets: readonly { target: string; score: number }[];
}

/**
 * The health check's SDG figures from one alignment reading, as SdgAlignmentChanged
 * carries it: the SDG service's live field and the registry's projection both call this,
 * so they agree.
 */
export function sdgSignalFromAlignment({ partnershipVersion, declaredTargets, suggestedTargets }: SdgAlignmentFigures): SdgSignal {
  const declared = new Set(declaredTargets);
  const evidenced = new Set(suggestedTargets.filter((s) => s.score >= SDG_EVIDENCE_MIN_SCORE).map((s) => s.target));
  return {
    partnershipVersion,
    declaredTargets: declared.size,
    evidencedDeclaredTargets: [...declared].filter((target) => evidenced.has(target)).length,
    suggestedUndeclaredTargets: [...evidenced].filter((target) => !declared.has(target)).length,
  };
}
