import { appendEvents, type StoredEvent } from '@msp-atlas/events';
import type { Kysely } from 'kysely';
import { toNewEvent, type TypedNewEvent } from './typed-event.js';

/** `appendEvents` for events of the contracts: typed by their type names, checked, versioned. */
export function appendTypedEvents(trx: Kysely<any>, source: string, events: readonly TypedNewEvent[]): Promise<StoredEvent[]> {
  return appendEvents(trx, source, events.map(toNewEvent));
}
