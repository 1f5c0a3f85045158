import { recordEvent, type RecordEvent, type RecordKind } from '@msp-atlas/record-writer';
import type { LearningDatabase } from '../database.js';
import { LessonKind } from './lesson-kind.js';
import { LessonStatus } from './lesson-status.js';
import type { LessonRow } from './lesson.table.js';

export const SOURCE = 'learning';

/** Lessons as `@msp-atlas/record-writer` writes them; every change to one goes through it. */
export const LESSON_RECORD: RecordKind<LearningDatabase, 'lessons'> = { recordType: 'Lesson', table: 'lessons', eventSource: SOURCE };

/** The lesson's one event, LessonChanged, with the lesson as the write leaves it. */
export function lessonChanged(action: string, row: LessonRow): RecordEvent<'LessonChanged'> {
  return recordEvent('LessonChanged', {
    action,
    lesson: {
      id: row.id,
      title: row.title,
      status: knownValue(LessonStatus, row.status, 'status'),
      kind: knownValue(LessonKind, row.kind, 'kind'),
      language: row.language,
      phases: row.phases,
      successFactors: row.success_factors,
      sdgTargets: row.sdg_targets,
      countries: row.countries,
      partnershipId: row.partnership_id,
      isDemo: row.is_demo,
      publishedAt: row.published_at ? row.published_at.toISOString() : null,
    },
  });
}

/** A text column's value as one of its enum's (the table's check constraint holds it to them). */
function knownValue<Values extends Record<string, string>>(values: Values, value: string, column: string): Values[keyof Values] {
  const known = Object.values(values).find((candidate): candidate is Values[keyof Values] => candidate === value);
  if (known === undefined) throw new Error(`Lesson ${column} "${value}" is none of ${Object.values(values).join(', ')}`);
  return known;
}

/** The fields a lesson's change history records, by their API names. */
export const HISTORY_FIELDS = {
  title: 'title',
  body: 'body',
  kind: 'kind',
  language: 'language',
  phases: 'phases',
  success_factors: 'successFactors',
  sdg_goals: 'sdgGoals',
  sdg_targets: 'sdgTargets',
  countries: 'countries',
  sectors: 'sectors',
  partnership_id: 'partnershipId',
  status: 'status',
  moderation_note: 'moderationNote',
} as const satisfies Partial<Record<keyof LessonRow, string>>;

/** The fields that differ between two states of a lesson, as the change history stores them. */
export function lessonChanges(before: Partial<LessonRow>, after: LessonRow): { field: string; old: unknown; new: unknown }[] {
  const changes: { field: string; old: unknown; new: unknown }[] = [];
  for (const [column, field] of Object.entries(HISTORY_FIELDS) as [keyof LessonRow, string][]) {
    const old = before[column] ?? null;
    const now = after[column] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) changes.push({ field, old, new: now });
  }
  return changes;
}
