import { PARTNERSHIP_RECORD_EVENT_TYPES, readEvent } from '@msp-atlas/event-contracts';
import type { StoredEvent } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { linkDemoLessonsTo } from '../demo/link-demo-lessons.js';
import { upsertPartnershipIfNewer } from './partnership-projection.repository.js';
import { upsertWeakFactorsIfNewer } from './partnership-weak-factors.repository.js';

// The record events, and the registry's health evaluation for the weakest factors.
export const READ_TYPES = [...PARTNERSHIP_RECORD_EVENT_TYPES, 'PartnershipHealthChanged'] as const;

/**
 * Keeps the projection of one partnership from an event carrying its record, and its
 * weakest success factors from a health evaluation; other types are passed over. A demo partnership takes demo lessons that share a country
 * and a goal with it, so demo lessons find their partnerships whenever these arrive.
 */
export async function projectPartnershipEvent(trx: Trx, stored: StoredEvent): Promise<void> {
  const event = readEvent(stored, READ_TYPES);
  if (!event) return;
  if (event.type === 'PartnershipHealthChanged') {
    const { partnershipId, phase, evaluatedOn, weakestFactors } = event.payload;
    await upsertWeakFactorsIfNewer(trx, {
      partnership_id: partnershipId,
      health_version: event.aggregateVersion,
      phase,
      evaluated_on: evaluatedOn,
      weakest_factors: weakestFactors,
    });
    return;
  }
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
