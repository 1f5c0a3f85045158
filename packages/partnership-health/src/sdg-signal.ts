import type { SdgSignal } from './health-signals.js';

/**
 * The score from which a suggested target counts as evidence that the partnership serves it;
 * the same value as the SDG service's EVIDENCE_MIN_SCORE (services/sdg target-agreement.ts),
 * so the live field and the health projection agree with the alignment page.
 */
export const SDG_EVIDENCE_MIN_SCORE = 0.3;

/** The SDG part of the health signals from an alignment (the stored one, or an SdgAlignmentChanged payload). */
export function sdgSignalFromAlignment(alignment: {
  partnershipVersion: number;
  declaredTargets: readonly string[];
  suggestedTargets: readonly { target: string; score: number }[];
}): SdgSignal {
  const declared = new Set(alignment.declaredTargets);
  const evidenced = new Set(alignment.suggestedTargets.filter((s) => s.score >= SDG_EVIDENCE_MIN_SCORE).map((s) => s.target));
  return {
    partnershipVersion: alignment.partnershipVersion,
    declaredTargets: declared.size,
    evidencedDeclaredTargets: [...declared].filter((target) => evidenced.has(target)).length,
    suggestedUndeclaredTargets: [...evidenced].filter((target) => !declared.has(target)).length,
  };
}
