import type { LearningSignal, OverlapSignal, SdgSignal } from '@msp-atlas/partnership-health';
import { upsertNewerVersion } from '@msp-atlas/db';
import { sql } from 'kysely';
import type { Db, Trx } from '../database.js';
import type { HealthLessonTable, HealthOverlapSignalTable, HealthSdgSignalTable } from './health-projection.table.js';

type Reader = Db | Trx;

// Each upsert applies only a newer aggregate version: delivery is at least once and
// replays are routine. They answer whether anything changed.

export function upsertSdgSignalIfNewer(trx: Trx, values: HealthSdgSignalTable): Promise<boolean> {
  return upsertNewerVersion(trx, 'health_sdg_signals', 'partnership_id', values);
}

export function upsertOverlapSignalIfNewer(trx: Trx, values: HealthOverlapSignalTable): Promise<boolean> {
  return upsertNewerVersion(trx, 'health_overlap_signals', 'partnership_id', values);
}

/**
 * Keeps a lesson's partnership and published state. Answers the partnerships whose
 * count may have moved: the lesson's partnership before and after (a lesson can be
 * moved to another partnership); none when the event is not newer.
 */
export async function upsertLessonIfNewer(trx: Trx, values: HealthLessonTable): Promise<string[]> {
  const before = await trx
    .selectFrom('health_lessons')
    .select(['version', 'partnership_id'])
    .where('lesson_id', '=', values.lesson_id)
    .forUpdate()
    .executeTakeFirst();
  if (before && before.version >= values.version) return [];
  await trx
    .insertInto('health_lessons')
    .values(values)
    .onConflict((conflict) =>
      conflict.column('lesson_id').doUpdateSet((eb) => ({
        version: eb.ref('excluded.version'),
        partnership_id: eb.ref('excluded.partnership_id'),
        published: eb.ref('excluded.published'),
        // A lesson edited while published keeps the day it was published.
        published_on: sql<
          string | null
        >`case when excluded.published and health_lessons.published then health_lessons.published_on else excluded.published_on end`,
      })),
    )
    .execute();
  return [...new Set([before?.partnership_id, values.partnership_id].filter((id): id is string => Boolean(id)))];
}

export interface ExternalSignals {
  sdg: SdgSignal | null;
  overlaps: OverlapSignal | null;
  learning: LearningSignal;
}

/** The other services' latest signals for many partnerships, in three statements. */
export async function loadExternalSignals(db: Reader, partnershipIds: readonly string[]): Promise<Map<string, ExternalSignals>> {
  const ids = [...partnershipIds];
  const signals = new Map<string, ExternalSignals>(
    ids.map((id) => [id, { sdg: null, overlaps: null, learning: { publishedLessons: 0, lastPublishedOn: null } }]),
  );
  if (ids.length === 0) return signals;
  const [sdgRows, overlapRows, lessonRows] = await Promise.all([
    db.selectFrom('health_sdg_signals').selectAll().where('partnership_id', 'in', ids).execute(),
    db.selectFrom('health_overlap_signals').selectAll().where('partnership_id', 'in', ids).execute(),
    db
      .selectFrom('health_lessons')
      .select(['partnership_id', (eb) => eb.fn.countAll<string>().as('lessons'), sql<string | null>`max(published_on)::text`.as('last_published_on')])
      .where('published', '=', true)
      .where('partnership_id', 'in', ids)
      .groupBy('partnership_id')
      .execute(),
  ]);
  for (const row of sdgRows) {
    // biome-ignore lint/style/noNonNullAssertion: signals has an entry for every id queried
    signals.get(row.partnership_id)!.sdg = {
      partnershipVersion: row.partnership_version,
      declaredTargets: row.declared_targets,
      evidencedDeclaredTargets: row.evidenced_declared_targets,
      suggestedUndeclaredTargets: row.suggested_undeclared_targets,
    };
  }
  for (const row of overlapRows) {
    // biome-ignore lint/style/noNonNullAssertion: signals has an entry for every id queried
    signals.get(row.partnership_id)!.overlaps = { overlaps: row.overlaps, duplicates: row.duplicates, strongestScore: row.strongest_score };
  }
  for (const row of lessonRows) {
    // biome-ignore lint/style/noNonNullAssertion: signals has an entry for every id queried, and the lesson rows are grouped by a partnership id that is not null
    signals.get(row.partnership_id!)!.learning = { publishedLessons: Number(row.lessons), lastPublishedOn: row.last_published_on };
  }
  return signals;
}

export async function clearHealthSignals(trx: Trx): Promise<void> {
  await trx.deleteFrom('health_sdg_signals').execute();
  await trx.deleteFrom('health_overlap_signals').execute();
  await trx.deleteFrom('health_lessons').execute();
}
