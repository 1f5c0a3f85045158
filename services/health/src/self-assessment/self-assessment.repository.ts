import { sql, type Kysely } from 'kysely';
import type { HealthDatabase, Trx } from '../database.js';
import type { SelfAssessmentRow, SelfAssessmentScoreRow } from './self-assessment.table.js';

type Reader = Kysely<HealthDatabase>;

/** Sort key of a partnership's self-assessments, newest first: assessed on, submitted at (PostgreSQL text), id. */
export type SelfAssessmentKey = [assessedOn: string, submittedAt: string, id: string];

export type SelfAssessmentPageRow = SelfAssessmentRow & { submitted_at_key: string };

export async function insertSelfAssessment(
  trx: Trx,
  assessment: Omit<SelfAssessmentRow, 'submitted_at'>,
  scores: readonly Omit<SelfAssessmentScoreRow, 'assessment_id'>[],
): Promise<{ assessment: SelfAssessmentRow; scores: SelfAssessmentScoreRow[] }> {
  const stored = await trx.insertInto('self_assessments').values(assessment).returningAll().executeTakeFirstOrThrow();
  const storedScores = await trx
    .insertInto('self_assessment_scores')
    .values(scores.map((score) => ({ ...score, assessment_id: stored.id })))
    .returningAll()
    .execute();
  return { assessment: stored, scores: storedScores };
}

/** Up to `limit` self-assessments of one partnership, newest first, after the key of the last one seen. */
export async function selfAssessmentsPage(db: Reader, partnershipId: string, limit: number, after: SelfAssessmentKey | null): Promise<SelfAssessmentPageRow[]> {
  return db
    .selectFrom('self_assessments')
    .selectAll()
    .select(sql<string>`submitted_at::text`.as('submitted_at_key'))
    .where('partnership_id', '=', partnershipId)
    .$call((query) =>
      after === null
        ? query
        : query.where((eb) =>
            eb(
              eb.refTuple('assessed_on', 'submitted_at', 'id'),
              '<',
              eb.tuple(sql<string>`${after[0]}::date`, sql<Date>`${after[1]}::timestamptz`, sql<string>`${after[2]}::uuid`),
            ),
          ),
    )
    .orderBy('assessed_on', 'desc')
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countSelfAssessments(db: Reader, partnershipId: string): Promise<number> {
  const { count } = await db
    .selectFrom('self_assessments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function scoresOf(db: Reader, assessmentIds: readonly string[]): Promise<SelfAssessmentScoreRow[]> {
  if (assessmentIds.length === 0) return [];
  return db.selectFrom('self_assessment_scores').selectAll().where('assessment_id', 'in', assessmentIds).orderBy('position').execute();
}

/** Per partnership and factor, the score of its latest self-assessment that scored the factor. One statement. */
export async function latestScoresOf(db: Reader, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom('self_assessment_scores as s')
    .innerJoin('self_assessments as a', 'a.id', 's.assessment_id')
    .distinctOn(['a.partnership_id', 's.factor'])
    .select(['a.partnership_id', 's.factor', 's.score', 's.note', 'a.assessed_on'])
    .where('a.partnership_id', '=', sql<string>`any(${[...partnershipIds]}::uuid[])`)
    .orderBy('a.partnership_id')
    .orderBy('s.factor')
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.submitted_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}
