import { readEvent } from '@msp-atlas/event-contracts';
import type { EventConsumerDefinition } from '@msp-atlas/events';
import type { Trx } from '../database.js';
import { upsertWeakFactorsIfNewer } from './partnership-weak-factors.repository.js';

/** The cursor name of the weakest factors' consumer in the event log. */
export const WEAK_FACTORS_CONSUMER = 'learning.partnership-weak-factors';

const READ_TYPES = ['PartnershipHealthChanged'] as const;

/**
 * Keeps each partnership's weakest success factors from the health service's
 * evaluations, for recommendations; appends nothing, so the health check's events end
 * here. `npm run replay` rebuilds it.
 */
export const partnershipWeakFactorsConsumer: EventConsumerDefinition = {
  name: WEAK_FACTORS_CONSUMER,
  eventTypes: READ_TYPES,
  appendsTypes: [],
  handle: async (trx, stored) => {
    const event = readEvent(stored, READ_TYPES);
    if (!event) return;
    const { partnershipId, phase, evaluatedOn, weakestFactors } = event.payload;
    await upsertWeakFactorsIfNewer(trx as Trx, {
      partnership_id: partnershipId,
      health_version: event.aggregateVersion,
      phase,
      evaluated_on: evaluatedOn,
      weakest_factors: weakestFactors,
    });
  },
  clearProjection: async (trx) => {
    await trx.deleteFrom('partnership_weak_factors').execute();
  },
};
