import { SYSTEM_ACTOR } from '@msp-atlas/access';
import { buildDemoLessons, type DemoLesson } from '@msp-atlas/demo-data';
import { recordCreation } from '@msp-atlas/record-writer';
import type { Db } from '../database.js';
import { LESSON_RECORD, lessonChanged, lessonChanges } from '../lesson/lesson-record.js';
import { LessonStatus } from '../lesson/lesson-status.js';
import { insertLesson } from '../lesson/lesson.repository.js';
import { tagCodes } from '../lesson/lesson.validation.js';
import { linkAllDemoLessons } from './link-demo-lessons.js';

/** Demo lessons are dated over the past four years, so some partnerships' latest lesson is old (the health check's LEARNING factor). */
const DEMO_PUBLICATION_SPREAD_DAYS = 4 * 365;
const DAY_MS = 86_400_000;

/** A publication date fixed by the lesson's key: the same lesson gets the same age on every load. */
export function demoPublicationDate(key: string, now = Date.now()): Date {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return new Date(now - (hash % DEMO_PUBLICATION_SPREAD_DAYS) * DAY_MS);
}

/** Shown as the author of demo lessons, which no account wrote. */
export const DEMO_AUTHOR_SUFFIX = ' (demo)';

/**
 * Loads the demo lessons, published, marked as demo data, written by the system; those
 * already loaded (by key) are left alone, so every start may run it. Each is linked to
 * a demo partnership the projection already holds; the projection's consumer links the
 * rest as their partnerships' events arrive.
 */
export async function seedDemoLessons(db: Db, lessons: readonly DemoLesson[] = buildDemoLessons()): Promise<{ inserted: number; linked: number }> {
  const existing = new Set((await db.selectFrom('lessons').select('demo_key').where('demo_key', 'is not', null).execute()).map((row) => row.demo_key));
  let inserted = 0;
  for (const lesson of lessons) {
    if (existing.has(lesson.key)) continue;
    const tags = tagCodes(lesson, `demo lesson ${lesson.key}`);
    await db.transaction().execute(async (trx) => {
      const row = await insertLesson(
        trx,
        { title: lesson.title, body: lesson.body, kind: lesson.kind, language: lesson.language, ...tags },
        {
          author_name: lesson.authorName + DEMO_AUTHOR_SUFFIX,
          status: LessonStatus.PUBLISHED,
          published_at: demoPublicationDate(lesson.key),
          is_demo: true,
          demo_key: lesson.key,
        },
      );
      await recordCreation(trx, LESSON_RECORD, {
        actor: SYSTEM_ACTOR,
        action: 'seedDemoLesson',
        record: row,
        event: lessonChanged('seedDemoLesson', row),
        changes: lessonChanges({}, row),
      });
    });
    inserted += 1;
  }
  const linked = await linkAllDemoLessons(db);
  return { inserted, linked };
}
