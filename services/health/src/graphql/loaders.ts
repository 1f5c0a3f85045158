import { groupedLoader } from '@msp-atlas/federation';
import DataLoader from 'dataloader';
import type { Db } from '../database.js';
import { today } from '../domain/clock.js';
import { evaluateStored } from '../health-projection/evaluate-partnerships.js';
import type { HealthEvaluation } from '@msp-atlas/partnership-health';
import { scoresOf } from '../self-assessment/self-assessment.repository.js';

/** Per-request batch loaders: however many partnerships a page holds, each costs a few statements. */
export function createLoaders(db: Db) {
  return {
    selfAssessmentScores: groupedLoader(
      (ids) => scoresOf(db, ids),
      (row) => row.assessment_id,
    ),
    /** The health check as of today from what the projection holds; null for a partnership it has no whole record of. */
    evaluation: new DataLoader<string, HealthEvaluation | null>(async (ids) => {
      const { evaluated } = await evaluateStored(db, ids, today());
      const byId = new Map(evaluated.map(({ place, evaluation }) => [place.id, evaluation]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
