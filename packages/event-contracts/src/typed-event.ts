import type { NewEvent } from '@msp-atlas/events';
import { eventContracts, type EventPayload, type EventType } from './event-contracts.js';

/**
 * An event as a producer writes it: the type's name selects the payload's type, and
 * the contract supplies the aggregate type and the schema version.
 */
export type TypedNewEvent<Type extends EventType = EventType> = { [T in Type]: EventOfType<T> }[Type];

interface EventOfType<Type extends EventType> {
  type: Type;
  aggregateId: string;
  aggregateVersion: number;
  payload: EventPayload<Type>;
}

/**
 * The event for the log, its payload checked against the current schema: a payload
 * that fails it is a producer's bug, refused before it reaches any consumer.
 */
export function toNewEvent<Type extends EventType>(event: EventOfType<Type>): NewEvent<EventPayload<Type>> {
  const contract = eventContracts[event.type as EventType];
  const checked = contract.payload.safeParse(event.payload);
  if (!checked.success) {
    throw new Error(`${event.type} payload does not match its schema v${contract.schemaVersion}: ${checked.error.message}`);
  }
  return {
    type: event.type,
    aggregateType: contract.aggregateType,
    aggregateId: event.aggregateId,
    aggregateVersion: event.aggregateVersion,
    schemaVersion: contract.schemaVersion,
    payload: checked.data as EventPayload<Type>,
  };
}
