import type { LessonRow } from './lesson.table.js';
import { Lesson } from './lesson.type.js';

export function toLesson(row: LessonRow): Lesson {
  return Object.assign(new Lesson(), {
    id: row.id,
    title: row.title,
    body: row.body,
    phase: row.phase,
    status: row.status,
    createdAt: row.created_at,
  });
}
