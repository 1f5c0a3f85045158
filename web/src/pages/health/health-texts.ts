import type { HealthGapKind, SuccessFactor } from '../../api/schema-types';
import { numberFormat } from '../../format/intl-formats';
import { i18n } from '../../i18n/i18n';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';

/** A next step in the reader's language by its code; the API's English text for a code the catalogue does not know yet. */
export function nextStepText(step: { code: string; text: string }): string {
  const key = `health.nextStep.${step.code}`;
  return i18n.exists(key) ? i18n.t(key) : step.text;
}

/** A gap of the gap report in plain words: whose view is higher, both on the 1..5 scale. */
export function gapText(gap: { factor: SuccessFactor; kind: HealthGapKind; selfScore: number; dataScore: number }): string {
  return i18n.t(`health.gap.${gap.kind}`, {
    factor: SUCCESS_FACTOR_LABELS[gap.factor],
    self: gap.selfScore,
    data: numberFormat({ maximumFractionDigits: 1 }).format(gap.dataScore),
  });
}
