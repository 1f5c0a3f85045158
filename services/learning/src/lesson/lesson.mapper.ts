import type { LessonRow } from './lesson.table.js';
import type { Lesson } from './lesson.type.js';

export function toLesson(row: LessonRow): Lesson {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    kind: row.kind,
    language: row.language,
    phases: row.phases,
    successFactors: row.success_factors,
    sdgGoalCodes: row.sdg_goals,
    sdgTargetCodes: row.sdg_targets,
    countries: row.countries,
    sectors: row.sectors,
    authorName: row.author_name,
    status: row.status,
    version: row.version,
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    row,
  };
}
