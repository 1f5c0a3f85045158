import type { SuccessFactor } from '@msp-atlas/msp-vocabulary';
import { goalCodeOf } from '@msp-atlas/sdg-framework';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import { PUBLISHED } from '../lesson/lesson-status.js';
import { TagPrefix } from '../lesson/lesson-tags.js';
import { toLesson } from '../lesson/lesson.mapper.js';
import { LESSON_COLUMNS, type LessonRow } from '../lesson/lesson.table.js';
import { findProjectedPartnership } from '../partnership/partnership-projection.repository.js';
import { weakestFactorsOf } from '../partnership/partnership-weak-factors.repository.js';
import type { PartnershipProjectionRow } from '../partnership/partnership-projection.table.js';
import type { LessonRecommendation } from './lesson-recommendation.type.js';
import { RecommendationReasonKind, type RecommendationReason } from './recommendation-reason.type.js';

// A lesson on one of the partnership's weakest success factors weighs as much as one for its phase, per factor.
export const RECOMMENDATION_WEIGHTS = { SUCCESS_FACTOR: 3, PHASE: 3, SDG_TARGET: 2, COUNTRY: 1.5, SDG_GOAL: 1, SECTOR: 1 } as const;
export const MAX_RECOMMENDATIONS = 20;

const columns = sql.join(LESSON_COLUMNS.map((column) => sql.ref(`l.${column}`)));
const shared = (column: string, values: readonly string[]) =>
  sql<number>`(select count(*) from unnest(${sql.ref(`l.${column}`)}) as v where v = any(${sql.val([...values])}::text[]))`;

/**
 * Published lessons for where the partnership stands (the learning service's own
 * projection of it): the weakest success factors of its latest health evaluation, its
 * phase, SDG targets and their goals, countries and sectors, weighted, its own lessons
 * left out. Empty for a partnership the projection does not hold (yet).
 */
export async function recommendLessons(db: Db, partnershipId: string, first: number): Promise<LessonRecommendation[]> {
  const [partnership, weakFactors] = await Promise.all([findProjectedPartnership(db, partnershipId), weakestFactorsOf(db, partnershipId)]);
  if (!partnership) return [];
  const goals = goalsOf(partnership);
  const tags = [
    ...weakFactors.map((code) => TagPrefix.successFactor + code),
    TagPrefix.phase + partnership.phase,
    ...partnership.sdg_targets.map((code) => TagPrefix.sdgTarget + code),
    ...goals.map((code) => TagPrefix.sdgGoal + code),
    ...partnership.countries.map((code) => TagPrefix.country + code),
    ...partnership.sectors.map((code) => TagPrefix.sector + code),
  ];
  const w = RECOMMENDATION_WEIGHTS;
  const { rows } = await sql<LessonRow & { score: number }>`
    select ${columns}, (
      ${sql.lit(w.SUCCESS_FACTOR)} * ${shared('success_factors', weakFactors)}
      + (case when ${partnership.phase} = any(l.phases) then ${sql.lit(w.PHASE)} else 0 end)
      + ${sql.lit(w.SDG_TARGET)} * ${shared('sdg_targets', partnership.sdg_targets)}
      + ${sql.lit(w.SDG_GOAL)} * ${shared('sdg_goals', goals)}
      + ${sql.lit(w.COUNTRY)} * ${shared('countries', partnership.countries)}
      + ${sql.lit(w.SECTOR)} * ${shared('sectors', partnership.sectors)}
    )::float8 as score
    from lessons l
    where l.status = ${PUBLISHED} and l.tags && ${sql.val(tags)}::text[]
      and l.partnership_id is distinct from ${partnershipId}::uuid
    order by score desc, l.published_at desc nulls last, l.id
    limit ${Math.min(first, MAX_RECOMMENDATIONS)}`.execute(db);
  return rows.map((row) => {
    const addresses = weakFactors.filter((factor) => row.success_factors.includes(factor)) as SuccessFactor[];
    return {
      lesson: toLesson(row),
      score: Number(row.score),
      addresses,
      reasons: [...addresses.map((code) => ({ kind: RecommendationReasonKind.SUCCESS_FACTOR, code })), ...reasonsFor(row, partnership, goals)],
    };
  });
}

function goalsOf(partnership: PartnershipProjectionRow): string[] {
  return [...new Set(partnership.sdg_targets.map((target) => goalCodeOf(target)).filter((goal): goal is string => !!goal))];
}

function reasonsFor(row: LessonRow, partnership: PartnershipProjectionRow, goals: readonly string[]): RecommendationReason[] {
  const reasons: RecommendationReason[] = [];
  const add = (kind: RecommendationReasonKind, lessonCodes: readonly string[], partnershipCodes: readonly string[]) => {
    for (const code of lessonCodes) if (partnershipCodes.includes(code)) reasons.push({ kind, code });
  };
  add(RecommendationReasonKind.PHASE, row.phases, [partnership.phase]);
  add(RecommendationReasonKind.SDG_TARGET, row.sdg_targets, partnership.sdg_targets);
  add(RecommendationReasonKind.COUNTRY, row.countries, partnership.countries);
  add(RecommendationReasonKind.SDG_GOAL, row.sdg_goals, goals);
  add(RecommendationReasonKind.SECTOR, row.sectors, partnership.sectors);
  return reasons;
}
