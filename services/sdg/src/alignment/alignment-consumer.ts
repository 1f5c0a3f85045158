import { PARTNERSHIP_RECORD_EVENT_TYPES } from '@msp-atlas/event-contracts';
import type { EventConsumerDefinition } from '@msp-atlas/events';
import { alignPartnershipEvent, prepareAlignment, type PreparedAlignment } from './align-partnership-event.js';
import { clearAlignmentProjection } from './alignment.repository.js';

/** The cursor name of the alignment projection's consumer in the event log. */
export const SDG_ALIGNMENT_CONSUMER = 'sdg.partnership-alignment';

/** Keeps partnerships' SDG alignment from the registry's events; `npm run replay` rebuilds it. */
export const sdgAlignmentConsumer: EventConsumerDefinition<PreparedAlignment | null> = {
  name: SDG_ALIGNMENT_CONSUMER,
  eventTypes: PARTNERSHIP_RECORD_EVENT_TYPES,
  appendsTypes: ['SdgAlignmentChanged'],
  // Classification is the slow part: done before the transaction, holding nothing.
  prepare: (event) => prepareAlignment(event),
  handle: (trx, _event, prepared) => alignPartnershipEvent(trx, prepared),
  clearProjection: (trx) => clearAlignmentProjection(trx),
};
