import type { SelfAssessmentScoreInput, SuccessFactor } from '../../api/schema-types';
import { i18n } from '../../i18n/i18n';
import { SUCCESS_FACTOR_CODES } from '../../labels/success-factor-labels';

/** What the form holds for one factor: no score yet, or 1..5, and a note. */
export interface ScoreDraft {
  score: number | null;
  note: string;
}

export type ScoreDrafts = Record<SuccessFactor, ScoreDraft>;

export function emptyDrafts(): ScoreDrafts {
  return Object.fromEntries(SUCCESS_FACTOR_CODES.map((factor) => [factor, { score: null, note: '' }])) as ScoreDrafts;
}

export interface SubmissionPlan {
  scores: SelfAssessmentScoreInput[];
  /** The factor of each entry of `scores`, so the API's `input.scores[2]` finds its control. */
  factors: SuccessFactor[];
  /** Problems the form finds itself, by the API path they belong to. */
  problems: { field: string; message: string }[];
}

/**
 * The scores to send: every factor given a score, in the framework's order. A note
 * without a score, or no score at all, is refused here (the API would refuse the
 * first silently by dropping it, and the second with a less specific message).
 */
export function planSubmission(drafts: ScoreDrafts): SubmissionPlan {
  const plan: SubmissionPlan = { scores: [], factors: [], problems: [] };
  for (const factor of SUCCESS_FACTOR_CODES) {
    const { score, note } = drafts[factor];
    if (score === null) {
      if (note.trim()) plan.problems.push({ field: noteFieldOf(factor), message: i18n.t('health.form.noteWithoutScore') });
      continue;
    }
    plan.scores.push({ factor, score, ...(note.trim() ? { note: note.trim() } : {}) });
    plan.factors.push(factor);
  }
  if (plan.scores.length === 0) plan.problems.push({ field: 'input.scores', message: i18n.t('health.form.noScores') });
  return plan;
}

/**
 * The form's own paths per factor; the API's paths (`input.scores[<index>].score`) are
 * turned into these with the factors of the submission, so a message lands at its factor.
 */
export const scoreFieldOf = (factor: SuccessFactor) => `scores.${factor}.score`;
export const noteFieldOf = (factor: SuccessFactor) => `scores.${factor}.note`;

export function formFieldOf(apiField: string | undefined, factors: readonly SuccessFactor[]): string | undefined {
  if (!apiField) return undefined;
  const match = /^input\.scores\[(\d+)\](?:\.(\w+))?/.exec(apiField);
  if (!match) return apiField;
  const factor = factors[Number(match[1])];
  if (!factor) return 'input.scores';
  return match[2] === 'note' ? noteFieldOf(factor) : scoreFieldOf(factor);
}
