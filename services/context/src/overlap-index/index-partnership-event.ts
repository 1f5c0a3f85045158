import type { StoredEvent } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { upsertIfNewer } from './partnership-index.repository.js';
import { readPartnershipSnapshot } from './partnership-snapshot.js';

/** Keeps the overlap index in step with one event of the log; ignores other aggregates. */
export async function indexPartnershipEvent(trx: Trx, event: StoredEvent): Promise<void> {
  if (event.aggregateType !== 'Partnership') return;
  const snapshot = readPartnershipSnapshot(event.payload);
  if (!snapshot) return;
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
