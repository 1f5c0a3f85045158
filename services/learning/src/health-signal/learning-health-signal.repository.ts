import { sql } from 'kysely';
import type { Db } from '../database.js';
import { PUBLISHED } from '../lesson/lesson-status.js';

export interface PublishedLessonCount {
  partnershipId: string;
  publishedLessons: number;
  lastPublishedOn: string | null;
}

/** Published lessons per partnership, for many partnerships in one statement (only those with any come back). */
export async function publishedLessonCounts(db: Db, partnershipIds: readonly string[]): Promise<PublishedLessonCount[]> {
  if (partnershipIds.length === 0) return [];
  const { rows } = await sql<{ partnership_id: string; published: string; last_published_on: string | null }>`
    select partnership_id, count(*) as published,
      to_char(max(published_at) at time zone 'UTC', 'YYYY-MM-DD') as last_published_on
    from lessons
    where status = ${PUBLISHED} and partnership_id = any(${sql.val([...partnershipIds])}::uuid[])
    group by partnership_id`.execute(db);
  return rows.map((row) => ({ partnershipId: row.partnership_id, publishedLessons: Number(row.published), lastPublishedOn: row.last_published_on }));
}
