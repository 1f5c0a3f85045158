import { PARTNERSHIP_RECORD_EVENT_TYPES, readEvent } from '@msp-atlas/event-contracts';
import type { StoredEvent } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { linkDemoLessonsTo } from '../demo/link-demo-lessons.js';
import { upsertPartnershipIfNewer } from './partnership-projection.repository.js';

// The record events. The health service's evaluations come by a consumer of their own
// (partnership-weak-factors-consumer.ts): this one appends LessonChanged, which the
// health service reads, so reading its events here would close a loop.
export const READ_TYPES = PARTNERSHIP_RECORD_EVENT_TYPES;

/** What linking demo lessons appends. */
export const APPENDED_TYPES = ['LessonChanged'] as const;

/**
 * Keeps the projection of one partnership from an event carrying its record; other types
 * are passed over. A demo partnership takes demo lessons that share a country and a goal
 * with it, so demo lessons find their partnerships whenever these arrive.
 */
export async function projectPartnershipEvent(trx: Trx, stored: StoredEvent): Promise<void> {
  const event = readEvent(stored, READ_TYPES);
  if (!event) return;
  const snapshot = event.payload.partnership;
  const values = {
    partnership_id: event.aggregateId,
    version: event.aggregateVersion,
    name: snapshot.name,
    phase: snapshot.phase,
    status: snapshot.status,
    countries: snapshot.countries,
    sectors: snapshot.sectors,
    sdg_targets: snapshot.sdgTargets,
    is_demo: snapshot.isDemo,
  };
  const changed = await upsertPartnershipIfNewer(trx, values);
  if (changed && values.is_demo) await linkDemoLessonsTo(trx, values);
}
