import type { Generated, Selectable } from 'kysely';

export interface SelfAssessmentTable {
  id: string;
  partnership_id: string;
  assessed_on: string;
  /** The member's (or admin's) account; null for the system (demo data). */
  submitted_by: string | null;
  submitted_at: Generated<Date>;
}

export interface SelfAssessmentScoreTable {
  assessment_id: string;
  /** Order of the submitted scores. */
  position: number;
  factor: string;
  score: number;
  note: string;
}

export type SelfAssessmentRow = Selectable<SelfAssessmentTable>;
export type SelfAssessmentScoreRow = Selectable<SelfAssessmentScoreTable>;
