import { sql } from 'kysely';
import { goalCodeOf } from '@msp-atlas/sdg-framework';
import type { Db, Trx } from '../database.js';

/** How many demo lessons one demo partnership takes at most, so they spread over many. */
export const DEMO_LESSONS_PER_PARTNERSHIP = 3;

/**
 * Links demo lessons without a partnership to this demo partnership where they share a
 * country and an SDG goal. Demo data only, written by the system: the link is set
 * directly (no version, no history), as loading demo data is not an edit anyone made.
 */
export async function linkDemoLessonsTo(
  trx: Trx | Db,
  partnership: { partnership_id: string; countries: readonly string[]; sdg_targets: readonly string[] },
): Promise<number> {
  const goals = [...new Set(partnership.sdg_targets.map((target) => goalCodeOf(target)).filter((goal): goal is string => !!goal))];
  if (partnership.countries.length === 0 || goals.length === 0) return 0;
  const result = await sql`
    update lessons set partnership_id = ${partnership.partnership_id}::uuid
    where id in (
      select id from lessons
      where is_demo and partnership_id is null
        and countries && ${sql.val([...partnership.countries])}::text[]
        and sdg_goals && ${sql.val(goals)}::text[]
        and ${DEMO_LESSONS_PER_PARTNERSHIP} > (select count(*) from lessons linked where linked.partnership_id = ${partnership.partnership_id}::uuid)
      order by demo_key
      limit ${DEMO_LESSONS_PER_PARTNERSHIP}
      for update skip locked
    )`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/** Links the demo lessons still without a partnership to the demo partnerships the projection holds. */
export async function linkAllDemoLessons(db: Db): Promise<number> {
  const partnerships = await db
    .selectFrom('partnership_projection')
    .select(['partnership_id', 'countries', 'sdg_targets'])
    .where('is_demo', '=', true)
    .orderBy('partnership_id')
    .execute();
  let linked = 0;
  for (const partnership of partnerships) linked += await linkDemoLessonsTo(db, partnership);
  return linked;
}
