import { PoisonEventError, type StoredEvent } from '@msp-atlas/events';
import type { EventContract } from './define-event-contract.js';
import { eventContracts, isEventType, type EventPayload, type EventType } from './event-contracts.js';

/** A stored event whose payload its contract has checked, typed by its type name. */
export type ContractEvent<Type extends EventType = EventType> = {
  [T in Type]: Omit<StoredEvent, 'type' | 'payload'> & { type: T; payload: EventPayload<T> };
}[Type];

/**
 * The event of one of `types`, checked and typed; null for any other type, which
 * this consumer has no business with (new types appear without notice). Throws
 * PoisonEventError when the event cannot be read: see parseEvent.
 */
export function readEvent<Type extends EventType>(event: StoredEvent, types: readonly Type[]): ContractEvent<Type> | null {
  if (!(types as readonly string[]).includes(event.type)) return null;
  return parseEvent(event) as ContractEvent<Type>;
}

/**
 * The event checked against its contract and typed. Throws PoisonEventError, which no
 * retry can cure, for a type no contract names, another aggregate type than the
 * contract's, a schema version the contract does not know, or a payload that fails
 * the schema. Earlier versions are upgraded to the current one.
 */
export function parseEvent(event: StoredEvent): ContractEvent {
  if (!isEventType(event.type)) throw poison(event, `no contract for the type ${event.type}`);
  const contract: EventContract = eventContracts[event.type];
  if (event.aggregateType !== contract.aggregateType) {
    throw poison(event, `${event.type} is about ${contract.aggregateType}, not ${event.aggregateType}`);
  }
  const payload = currentPayload(contract, event.schemaVersion, event.payload, (reason, cause) => poison(event, reason, cause));
  return { ...event, payload } as ContractEvent;
}

/** The payload in the current version's shape, upgraded step by step from an earlier one. */
export function currentPayload(contract: EventContract, schemaVersion: number, payload: unknown, refuse: (reason: string, cause?: unknown) => Error): unknown {
  const earlier = contract.earlier ?? [];
  const start = earlier.findIndex((version) => version.schemaVersion === schemaVersion);
  if (start < 0 && schemaVersion !== contract.schemaVersion) {
    throw refuse(`schema version ${schemaVersion} of ${contract.type} is unknown (current: ${contract.schemaVersion})`);
  }
  const check = (schema: EventContract['payload'], version: number, value: unknown) => {
    const checked = schema.safeParse(value);
    if (!checked.success) throw refuse(`payload fails ${contract.type} v${version}: ${checked.error.message}`, checked.error);
    return checked.data;
  };
  let value = payload;
  for (const version of start < 0 ? [] : earlier.slice(start)) {
    value = version.upgrade(check(version.payload, version.schemaVersion, value));
  }
  return check(contract.payload, contract.schemaVersion, value);
}

function poison(event: StoredEvent, reason: string, cause?: unknown): PoisonEventError {
  return new PoisonEventError(`Event ${event.seq} (${event.type} of ${event.aggregateType} ${event.aggregateId} v${event.aggregateVersion}): ${reason}`, {
    cause,
  });
}
