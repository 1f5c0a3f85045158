import { sql } from 'kysely';
import { appendTypedEvents } from '@msp-atlas/event-contracts';
import { goalCodeOf } from '@msp-atlas/sdg-framework';
import type { Db, Trx } from '../database.js';
import { lessonChanged, SOURCE } from '../lesson/lesson-record.js';
import type { LessonRow } from '../lesson/lesson.table.js';

/** How many demo lessons one demo partnership takes at most, so they spread over many. */
export const DEMO_LESSONS_PER_PARTNERSHIP = 3;

/**
 * Links demo lessons without a partnership to this demo partnership where they share a
 * country and an SDG goal. Demo data only, written by the system: the link is set
 * directly (no change history, as loading demo data is not an edit anyone made), but it
 * bumps the version and publishes LessonChanged, so projections elsewhere (the registry's
 * health check counts a partnership's lessons) see whose lesson it is.
 */
export async function linkDemoLessonsTo(
  trx: Trx | Db,
  partnership: { partnership_id: string; countries: readonly string[]; sdg_targets: readonly string[] },
): Promise<number> {
  const goals = [...new Set(partnership.sdg_targets.map((target) => goalCodeOf(target)).filter((goal): goal is string => !!goal))];
  if (partnership.countries.length === 0 || goals.length === 0) return 0;
  const result = await sql<LessonRow>`
    update lessons set partnership_id = ${partnership.partnership_id}::uuid, version = version + 1
    where id in (
      select id from lessons
      where is_demo and partnership_id is null
        and countries && ${sql.val([...partnership.countries])}::text[]
        and sdg_goals && ${sql.val(goals)}::text[]
        and ${DEMO_LESSONS_PER_PARTNERSHIP} > (select count(*) from lessons linked where linked.partnership_id = ${partnership.partnership_id}::uuid)
      order by demo_key
      limit ${DEMO_LESSONS_PER_PARTNERSHIP}
      for update skip locked
    )
    returning *`.execute(trx);
  const events = result.rows.map((row) => ({ ...lessonChanged('linkDemoLesson', row), aggregateId: row.id, aggregateVersion: row.version }));
  if (events.length > 0) await appendTypedEvents(trx, SOURCE, events);
  return result.rows.length;
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
  for (const partnership of partnerships) linked += await db.transaction().execute((trx) => linkDemoLessonsTo(trx, partnership));
  return linked;
}
