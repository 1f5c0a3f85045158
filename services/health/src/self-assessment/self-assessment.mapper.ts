import type { SuccessFactor } from '../domain/enums.js';
import type { SelfAssessmentScore } from './self-assessment-score.type.js';
import type { SelfAssessmentRow, SelfAssessmentScoreRow } from './self-assessment.table.js';
import type { SelfAssessment } from './self-assessment.type.js';

export function toSelfAssessment(row: SelfAssessmentRow, scores: readonly SelfAssessmentScoreRow[] | null = null): SelfAssessment {
  return {
    id: row.id,
    assessedOn: row.assessed_on,
    submittedAt: row.submitted_at,
    knownScores: scores ? scores.map(toSelfAssessmentScore) : null,
  };
}

export function toSelfAssessmentScore(row: SelfAssessmentScoreRow): SelfAssessmentScore {
  return { factor: row.factor as SuccessFactor, score: row.score, note: row.note };
}
