import type { EventConsumerDefinition } from '@msp-atlas/events';
import { indexPartnershipEvent, READ_TYPES } from './index-partnership-event.js';
import { clearPartnershipIndex } from './partnership-index.repository.js';

/** The cursor name of the overlap index's consumer in the event log. */
export const PARTNERSHIP_INDEX_CONSUMER = 'context.partnership-index';

/** Keeps the overlap index from the partnerships service's events; `npm run replay` rebuilds it. */
export const partnershipIndexConsumer: EventConsumerDefinition = {
  name: PARTNERSHIP_INDEX_CONSUMER,
  eventTypes: READ_TYPES,
  // Through the overlap summariser, which recounts the partnerships this consumer indexed.
  appendsTypes: ['PartnershipOverlapsChanged'],
  handle: (trx, event) => indexPartnershipEvent(trx, event),
  clearProjection: (trx) => clearPartnershipIndex(trx),
};
