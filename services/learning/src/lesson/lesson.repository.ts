import type { TimestampIdKey } from '@msp-atlas/federation';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import { PUBLISHED } from './lesson-status.js';
import type { LessonRow } from './lesson.table.js';

export async function findPublishedLessonsByIds(db: Db, ids: readonly string[]): Promise<LessonRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('lessons').selectAll().where('id', 'in', ids).where('status', '=', PUBLISHED).execute();
}

/**
 * One page of published lessons, newest first with id breaking ties, by keyset. The
 * timestamp travels as PostgreSQL text, since a JavaScript Date would drop its microseconds.
 */
export async function listPublishedLessons(
  db: Db,
  limit: number,
  after: TimestampIdKey | null,
): Promise<(LessonRow & { listing_created_at: string })[]> {
  return db
    .selectFrom('lessons')
    .selectAll()
    .select(sql<string>`created_at::text`.as('listing_created_at'))
    .where('status', '=', PUBLISHED)
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(sql<Date>`${after![0]}::timestamptz`, sql<string>`${after![1]}::uuid`)),
      ),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countPublishedLessons(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('lessons')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', PUBLISHED)
    .executeTakeFirstOrThrow();
  return Number(count);
}
