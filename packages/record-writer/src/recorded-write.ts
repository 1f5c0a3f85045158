import { actorAccountId, type Actor } from '@msp-atlas/access';
import { appendChangeRecord, type StoredFieldChange } from '@msp-atlas/change-history';
import { eventContracts, toNewEvent, type TypedNewEvent } from '@msp-atlas/event-contracts';
import { appendEvents } from '@msp-atlas/events';
import type { Transaction } from 'kysely';
import type { RecordEvent } from './record-event.js';
import type { VersionedRow } from './record-kind.js';

/** What a write leaves besides the rows: its events and its change record. */
export interface RecordedWrite {
  actor: Actor;
  /** The mutation's name in the change history, e.g. `updatePartnership`. */
  action: string;
  /**
   * The event about the record at its new version. Consumers apply events by version:
   * a version without its event would look to them like a lost one.
   */
  event: RecordEvent;
  /** Events of other records the write created on the way (organisations); appended first. */
  alongside?: readonly TypedNewEvent[];
  /** The fields that changed, as the change history shows them. */
  changes: readonly StoredFieldChange[];
}

/** The events of a write, then its change record, in the write's transaction, about the record as the write left it. */
export async function appendRecordedWrite<DB>(
  trx: Transaction<DB>,
  kind: { recordType: string; eventSource: string },
  record: VersionedRow,
  write: RecordedWrite,
): Promise<void> {
  const { event } = write;
  const aggregateType = eventContracts[event.type].aggregateType;
  if (aggregateType !== kind.recordType) {
    throw new Error(`${write.action} wrote ${kind.recordType} ${record.id} with ${event.type}, whose aggregate is ${aggregateType}`);
  }
  const own = toNewEvent({ type: event.type, aggregateId: record.id, aggregateVersion: record.version, payload: event.payload });
  await appendEvents(trx, kind.eventSource, [...(write.alongside ?? []).map(toNewEvent), own]);
  await appendChangeRecord(trx, {
    recordType: kind.recordType,
    recordId: record.id,
    recordVersion: record.version,
    actorAccountId: actorAccountId(write.actor),
    action: write.action,
    changes: write.changes,
  });
}
