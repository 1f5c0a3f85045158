import { compareSdgCodes } from '@msp-atlas/sdg-framework';
import type { StoredSuggestion } from './stored-suggestion.js';

/**
 * The score from which a suggestion counts as evidence that the partnership serves the
 * target. Below it a suggestion is still listed, but it neither confirms a declared
 * target nor asks for one to be declared.
 */
export const EVIDENCE_MIN_SCORE = 0.3;

export type Agreement = 'CONFIRMED' | 'DECLARED_NOT_EVIDENCED' | 'EVIDENCED_NOT_DECLARED';

export interface TargetAgreement {
  target: string;
  goal: number;
  agreement: Agreement;
  /** The classifier's score when the text evidences the target, else null. */
  score: number | null;
}

/** The evidenced targets with their best scores, best first. */
export function evidencedTargets(suggestions: readonly StoredSuggestion[]): { target: string; goal: number; score: number }[] {
  const best = new Map<string, { target: string; goal: number; score: number }>();
  for (const suggestion of suggestions) {
    if (!suggestion.target || suggestion.score < EVIDENCE_MIN_SCORE) continue;
    const known = best.get(suggestion.target);
    if (!known || known.score < suggestion.score) best.set(suggestion.target, { target: suggestion.target, goal: suggestion.goal, score: suggestion.score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || compareSdgCodes(a.target, b.target));
}

/** Declared against evidenced, target by target, in SDG order. */
export function targetAgreements(declared: readonly string[], suggestions: readonly StoredSuggestion[]): TargetAgreement[] {
  const evidenced = new Map(evidencedTargets(suggestions).map((e) => [e.target, e]));
  const declaredSet = new Set(declared);
  const rows: TargetAgreement[] = [];
  for (const target of declaredSet) {
    const evidence = evidenced.get(target);
    rows.push({ target, goal: goalOf(target), agreement: evidence ? 'CONFIRMED' : 'DECLARED_NOT_EVIDENCED', score: evidence?.score ?? null });
  }
  for (const evidence of evidenced.values()) {
    if (!declaredSet.has(evidence.target)) rows.push({ ...evidence, agreement: 'EVIDENCED_NOT_DECLARED' });
  }
  return rows.sort((a, b) => compareSdgCodes(a.target, b.target));
}

export function goalOf(targetCode: string): number {
  return Number(targetCode.split('.')[0]);
}
