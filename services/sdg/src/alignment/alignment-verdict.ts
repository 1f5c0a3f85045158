import type { TargetAgreement } from './target-agreement.js';

/** What a person reading the alignment should do next. */
export type VerdictCode = 'ALIGNED' | 'DECLARE_SUGGESTED' | 'EVIDENCE_DECLARED' | 'REVIEW_BOTH' | 'NO_TARGETS' | 'DESCRIBE_WORK';

export interface AlignmentVerdict {
  code: VerdictCode;
  /** The targets the advice is about (those to declare, or to evidence), in SDG order. */
  targets: string[];
  /** The advice in English; the web words it in its own language from `code` and `targets`. */
  text: string;
}

export function alignmentVerdict(agreements: readonly TargetAgreement[], hasText: boolean): AlignmentVerdict {
  const toDeclare = agreements.filter((a) => a.agreement === 'EVIDENCED_NOT_DECLARED').map((a) => a.target);
  const toEvidence = agreements.filter((a) => a.agreement === 'DECLARED_NOT_EVIDENCED').map((a) => a.target);
  const declaredAny = agreements.some((a) => a.agreement !== 'EVIDENCED_NOT_DECLARED');
  const list = (targets: string[]) => targets.join(', ');
  if (!declaredAny && toDeclare.length === 0) {
    return hasText
      ? { code: 'NO_TARGETS', targets: [], text: 'No targets are declared and the text points to none: declare the targets the partnership serves.' }
      : { code: 'DESCRIBE_WORK', targets: [], text: 'Describe what the partnership does, so its targets can be checked.' };
  }
  if (toDeclare.length > 0 && toEvidence.length > 0) {
    return {
      code: 'REVIEW_BOTH',
      targets: [...toEvidence, ...toDeclare],
      text: `The text does not show work on ${list(toEvidence)}, and points to ${list(toDeclare)}, which are not declared: review both.`,
    };
  }
  if (toDeclare.length > 0) {
    return { code: 'DECLARE_SUGGESTED', targets: toDeclare, text: `The text points to ${list(toDeclare)}: declare them if the partnership serves them.` };
  }
  if (toEvidence.length > 0) {
    return {
      code: 'EVIDENCE_DECLARED',
      targets: toEvidence,
      text: `The text does not show work on ${list(toEvidence)}: describe it, or remove the targets.`,
    };
  }
  return { code: 'ALIGNED', targets: [], text: 'Every declared target is borne out by the text.' };
}
