import { compareSdgCodes, getSdgGoal, getSdgTarget, type SdgGoal as SdgGoalRecord, type SdgTarget as SdgTargetRecord } from '@msp-atlas/sdg-framework';
import type { SdgSuggestion } from '../suggestion/sdg-suggestion.type.js';
import { toSdgSuggestion } from '../suggestion/to-sdg-suggestion.js';
import { alignmentVerdict } from './alignment-verdict.js';
import type { PartnershipAlignmentRow } from './partnership-alignment.table.js';
import type { SdgAgreement } from './sdg-agreement.js';
import type { SdgAlignment } from './sdg-alignment.type.js';
import type { SdgTargetAlignment } from './sdg-target-alignment.type.js';
import type { SdgVerdictCode } from './sdg-verdict-code.js';
import { targetAgreements } from './target-agreement.js';

const targetsOf = (codes: readonly string[]): SdgTargetRecord[] => codes.flatMap((code) => getSdgTarget(code) ?? []);

/** The stored row as the API gives it; `dismissed` are the targets the viewer chose not to see suggested. */
export function toSdgAlignment(row: PartnershipAlignmentRow, dismissed: ReadonlySet<string>): SdgAlignment {
  const agreements = targetAgreements(row.declared_targets, row.suggestions);
  const targets: SdgTargetAlignment[] = agreements.flatMap((agreement) => {
    const target = getSdgTarget(agreement.target);
    const goal = getSdgGoal(String(agreement.goal));
    if (!target || !goal) return [];
    const evidence = row.suggestions.filter((s) => s.target === agreement.target).flatMap((s) => toSdgSuggestion(s)?.evidence ?? []);
    return [
      {
        target,
        goal,
        agreement: agreement.agreement as SdgAgreement,
        declared: agreement.agreement !== 'EVIDENCED_NOT_DECLARED',
        score: agreement.score,
        evidence,
      },
    ];
  });
  const declared = new Set(row.declared_targets);
  const suggestions: SdgSuggestion[] = row.suggestions
    .filter((s) => s.target === null || (!declared.has(s.target) && !dismissed.has(s.target)))
    .flatMap((s) => toSdgSuggestion(s) ?? []);
  const goalNumbers = new Set(targets.map((t) => t.goal.number));
  const goals = [...goalNumbers]
    .sort((a, b) => a - b)
    .flatMap((n): SdgGoalRecord[] => {
      const goal = getSdgGoal(String(n));
      return goal ? [goal] : [];
    });
  const verdict = alignmentVerdict(agreements, row.described);
  return {
    partnershipVersion: row.partnership_version,
    declaredTargets: targetsOf([...declared].sort(compareSdgCodes)),
    goals,
    targets,
    suggestions,
    verdict: { code: verdict.code as SdgVerdictCode, targets: targetsOf(verdict.targets), text: verdict.text },
    computedAt: row.computed_at,
  };
}
