import { PARTNERSHIP_RECORD_EVENT_TYPES, readEvent } from '@msp-atlas/event-contracts';
import type { StoredEvent } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { upsertIfNewer } from './partnership-index.repository.js';

/**
 * Keeps the overlap index in step with one event of the log. Only events carrying the
 * partnership's record are read; every other type (other aggregates, membership
 * changes, types yet to come) is passed over. One that cannot be read throws
 * PoisonEventError (see packages/event-contracts).
 */
export async function indexPartnershipEvent(trx: Trx, stored: StoredEvent): Promise<void> {
  const event = readEvent(stored, PARTNERSHIP_RECORD_EVENT_TYPES);
  if (!event) return;
  const snapshot = event.payload.partnership;
  await upsertIfNewer(trx, {
    // The log's aggregate identity and version, not the payload's: they are what the
    // log keeps unique and ordered per partnership.
    partnership_id: event.aggregateId,
    version: event.aggregateVersion,
    name: snapshot.name,
    countries: snapshot.countries,
    regions: snapshot.regions,
    sectors: snapshot.sectors,
    sdg_targets: snapshot.sdgTargets,
    phase: snapshot.phase,
    status: snapshot.status,
  });
}
