import { badUserInput } from '@msp-atlas/federation';
import { optionalText } from '@msp-atlas/validation';
import { today } from '../domain/clock.js';
import { SuccessFactor } from '../domain/enums.js';
import type { SubmitSelfAssessmentInput } from './submit-self-assessment.input.js';

const FACTORS = new Set<string>(Object.values(SuccessFactor));
export const MAX_SCORES = FACTORS.size;

export interface ValidScore {
  factor: SuccessFactor;
  score: number;
  note: string;
}

/** The scores and date checked and normalised, before any transaction starts; the date's lower bound needs the partnership. */
export function selfAssessmentValues(input: SubmitSelfAssessmentInput): { assessedOn: string; scores: ValidScore[] } {
  const assessedOn = input.assessedOn ?? today();
  if (assessedOn > today()) throw badUserInput('A self-assessment cannot lie in the future', 'input.assessedOn');
  const scores = input.scores ?? [];
  if (scores.length === 0 || scores.length > MAX_SCORES) {
    throw badUserInput(`Give between 1 and ${MAX_SCORES} scores`, 'input.scores');
  }
  const seen = new Set<string>();
  const values = scores.map((score, index) => {
    const field = `input.scores[${index}]`;
    if (!FACTORS.has(score.factor)) throw badUserInput(`Unknown success factor "${score.factor}"`, `${field}.factor`);
    if (seen.has(score.factor)) throw badUserInput('Score each factor at most once', `${field}.factor`);
    seen.add(score.factor);
    if (!Number.isInteger(score.score) || score.score < 1 || score.score > 5) {
      throw badUserInput('A score runs from 1 to 5', `${field}.score`);
    }
    return { factor: score.factor, score: score.score, note: optionalText(score.note, `${field}.note`, 2_000) };
  });
  return { assessedOn, scores: values };
}

/** The earliest date a self-assessment of a partnership registered at `registeredAt` may carry: 1 January of the year before. */
export function earliestAssessmentDate(registeredAt: Date): string {
  return `${registeredAt.getUTCFullYear() - 1}-01-01`;
}
