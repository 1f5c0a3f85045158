import type { EventConsumerDefinition } from '@msp-atlas/events';
import { clearPartnershipProjection } from './partnership-projection.repository.js';
import { APPENDED_TYPES, projectPartnershipEvent, READ_TYPES } from './project-partnership-event.js';

/** The cursor name of the learning service's partnership projection in the event log. */
export const PARTNERSHIP_PROJECTION_CONSUMER = 'learning.partnership-projection';

/** Keeps the partnerships' phase, places, sectors and targets for recommendations; `npm run replay` rebuilds it. */
export const partnershipProjectionConsumer: EventConsumerDefinition = {
  name: PARTNERSHIP_PROJECTION_CONSUMER,
  eventTypes: READ_TYPES,
  appendsTypes: APPENDED_TYPES,
  handle: (trx, event) => projectPartnershipEvent(trx, event),
  clearProjection: (trx) => clearPartnershipProjection(trx),
};
