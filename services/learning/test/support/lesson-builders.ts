import type { LearningDb } from '../../src/index.js';
import { insertLesson, type LessonContent } from '../../src/lesson/lesson.repository.js';
import type { LessonRow } from '../../src/lesson/lesson.table.js';

let sequence = 0;

/** Seed builder: a lesson written straight into the table, as the contribution flow would leave it. */
export async function seedLesson(
  db: LearningDb,
  overrides: Partial<LessonContent> & Partial<Pick<LessonRow, 'status' | 'author_account_id' | 'partnership_id' | 'created_at'>> = {},
): Promise<LessonRow> {
  sequence += 1;
  const { status = 'PUBLISHED', author_account_id = null, partnership_id = null, created_at, ...content } = overrides;
  const row = await insertLesson(
    db,
    {
      title: `Lesson ${sequence}`,
      body: `What lesson ${sequence} taught us`,
      kind: 'PRACTICE',
      language: 'en',
      phases: [],
      successFactors: [],
      sdgGoals: [],
      sdgTargets: [],
      countries: [],
      sectors: [],
      ...content,
    },
    { status, author_account_id, partnership_id },
  );
  if (!created_at) return row;
  return db.updateTable('lessons').set({ created_at }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
}
