import { isUuid } from '@msp-atlas/federation';
import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { SelfScore } from '@msp-atlas/partnership-health';
import type { Kysely } from 'kysely';
import type { HealthDatabase } from '../database.js';
import { latestScoresOf } from './self-assessment.repository.js';

export type SelfScores = Partial<Record<SuccessFactor, SelfScore>>;

/**
 * The latest self-assessed score per factor of many partnerships, as the health rules
 * read them; a partnership nobody assessed gets an empty record. One statement.
 */
export async function loadLatestSelfScores(db: Kysely<HealthDatabase>, partnershipIds: readonly string[]): Promise<Map<string, SelfScores>> {
  const ids = [...new Set(partnershipIds)].filter(isUuid);
  const scores = new Map<string, SelfScores>(ids.map((id) => [id, {}]));
  for (const row of await latestScoresOf(db, ids)) {
    // biome-ignore lint/style/noNonNullAssertion: scores has an entry for every id queried
    scores.get(row.partnership_id)![row.factor as SuccessFactor] = {
      score: row.score as SelfScore['score'],
      note: row.note,
      assessedOn: row.assessed_on,
    };
  }
  return scores;
}
