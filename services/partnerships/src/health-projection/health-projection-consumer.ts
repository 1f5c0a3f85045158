import type { EventConsumerDefinition } from '@msp-atlas/events';
import { today } from '../domain/clock.js';
import { clearHealthSignals } from './health-signals.repository.js';
import { clearHealthRows } from './partnership-health.repository.js';
import { projectHealthEvent } from './project-health-event.js';

/** The cursor name of the health projection's consumer in the event log. */
export const HEALTH_PROJECTION_CONSUMER = 'partnerships.health-projection';

/**
 * Keeps each partnership's health statuses from the registry's own events and the
 * signals the SDG, context and learning services publish; `npm run replay` rebuilds
 * it (the last published PartnershipHealthChanged per partnership is kept, so a
 * rebuild republishes only statuses that differ).
 */
export const healthProjectionConsumer: EventConsumerDefinition = {
  name: HEALTH_PROJECTION_CONSUMER,
  handle: (trx, event) => projectHealthEvent(trx, event, today()),
  clearProjection: async (trx) => {
    await clearHealthRows(trx);
    await clearHealthSignals(trx);
  },
};
