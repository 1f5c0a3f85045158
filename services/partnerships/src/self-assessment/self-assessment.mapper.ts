import type { SuccessFactor } from '../domain/enums.js';
import { SelfAssessmentScore } from './self-assessment-score.type.js';
import type { SelfAssessmentRow, SelfAssessmentScoreRow } from './self-assessment.table.js';
import { SelfAssessment } from './self-assessment.type.js';

export function toSelfAssessment(row: SelfAssessmentRow, scores: readonly SelfAssessmentScoreRow[] | null = null): SelfAssessment {
  return Object.assign(new SelfAssessment(), {
    id: row.id,
    assessedOn: row.assessed_on,
    submittedAt: row.submitted_at,
    knownScores: scores ? scores.map(toSelfAssessmentScore) : null,
  });
}

export function toSelfAssessmentScore(row: SelfAssessmentScoreRow): SelfAssessmentScore {
  return Object.assign(new SelfAssessmentScore(), { factor: row.factor as SuccessFactor, score: row.score, note: row.note });
}
