import type { EventConsumerDefinition } from '@msp-atlas/events';
import { today } from '../domain/clock.js';
import { clearHealthSignals } from './health-signals.repository.js';
import { clearHealthRows } from './partnership-health.repository.js';
import { HEALTH_EVENT_TYPES, projectHealthEvent } from './project-health-event.js';
import { clearPartnershipRecords } from '../registry/partnership-record.repository.js';

/** The cursor name of the health projection's consumer in the event log. */
export const HEALTH_PROJECTION_CONSUMER = 'health.health-projection';

/**
 * Keeps each partnership's health statuses from the registry's events (its record and
 * members) and the signals the SDG, context and learning services publish; `npm run
 * replay` rebuilds it (the last published PartnershipHealthChanged per partnership is
 * kept, so a rebuild republishes only statuses that differ; self-assessments are this
 * service's own records and stay).
 */
export const healthProjectionConsumer: EventConsumerDefinition = {
  name: HEALTH_PROJECTION_CONSUMER,
  eventTypes: HEALTH_EVENT_TYPES,
  appendsTypes: ['PartnershipHealthChanged'],
  handle: (trx, event) => projectHealthEvent(trx, event, today()),
  clearProjection: async (trx) => {
    await clearHealthRows(trx);
    await clearHealthSignals(trx);
    await clearPartnershipRecords(trx);
  },
};
