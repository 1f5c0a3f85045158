import type { TypedNewEvent } from '@msp-atlas/event-contracts';
import type { VersionedRecordKind } from '@msp-atlas/record-writer';
import type { LessonRow } from './lesson.table.js';

export const SOURCE = 'learning';

/** Lessons as `@msp-atlas/record-writer` writes them; every change to one goes through it. */
export const LESSON_RECORD: VersionedRecordKind<LessonRow> = { recordType: 'Lesson', table: 'lessons', eventSource: SOURCE };

/** The events function of a lesson write: one LessonChanged with the lesson as the write left it. */
export function lessonChanged(action: string): (trx: unknown, row: LessonRow) => TypedNewEvent[] {
  return (_trx, row) => [
    {
      type: 'LessonChanged',
      aggregateId: row.id,
      aggregateVersion: row.version,
      payload: {
        action,
        lesson: {
          id: row.id,
          title: row.title,
          status: row.status as 'DRAFT',
          kind: row.kind as 'SUCCESS',
          language: row.language,
          phases: row.phases,
          successFactors: row.success_factors,
          sdgTargets: row.sdg_targets,
          countries: row.countries,
          partnershipId: row.partnership_id,
          isDemo: row.is_demo,
          publishedAt: row.published_at ? row.published_at.toISOString() : null,
        },
      },
    } as TypedNewEvent,
  ];
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
