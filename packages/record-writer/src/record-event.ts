import type { EventPayload, EventType } from '@msp-atlas/event-contracts';

/** An event about the record being written; the writer adds the record's id and its new version. */
export interface RecordEvent<Type extends EventType = EventType> {
  type: Type;
  payload: EventPayload<Type>;
}

/** The record's event of this type, its payload checked against the type's contract by the compiler. */
export function recordEvent<Type extends EventType>(type: Type, payload: EventPayload<Type>): RecordEvent<Type> {
  return { type, payload };
}
