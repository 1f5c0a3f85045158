import { actorAccountId, type Actor } from '@msp-atlas/access';
import { appendChangeRecord, type StoredFieldChange } from '@msp-atlas/change-history';
import { appendTypedEvents, eventContracts, type TypedNewEvent } from '@msp-atlas/event-contracts';
import type { Transaction } from 'kysely';
import type { VersionedRecordKind, VersionedRow } from './versioned-record-kind.js';

/** What a write leaves behind besides the rows: its events and its change record, from the record as the write left it. */
export interface WriteRecording<Row> {
  /** At least one is about the record at its new version; others (records the write created on the way) may follow. */
  events: (trx: Transaction<any>, record: Row) => Promise<readonly TypedNewEvent[]> | readonly TypedNewEvent[];
  changes: readonly StoredFieldChange[] | ((record: Row) => readonly StoredFieldChange[]);
}

/** The events of a write, then its change record, in the write's transaction. */
export async function recordWrite<Row extends VersionedRow>(
  trx: Transaction<any>,
  kind: VersionedRecordKind,
  write: { actor: Actor; action: string; record: Row },
  recording: WriteRecording<Row>,
): Promise<void> {
  const { record } = write;
  const events = await recording.events(trx, record);
  // Consumers apply events by aggregate version: a version without its event would
  // leave them a gap they cannot tell from a lost event.
  const aboutRecord = events.some(
    (event) =>
      event.aggregateId === record.id &&
      event.aggregateVersion === record.version &&
      eventContracts[event.type].aggregateType === kind.recordType,
  );
  if (!aboutRecord) throw new Error(`${write.action} wrote ${kind.recordType} ${record.id} v${record.version} without an event about it`);
  await appendTypedEvents(trx, kind.eventSource, events);
  await appendChangeRecord(trx, {
    recordType: kind.recordType,
    recordId: record.id,
    recordVersion: record.version,
    actorAccountId: actorAccountId(write.actor),
    action: write.action,
    changes: typeof recording.changes === 'function' ? recording.changes(record) : recording.changes,
  });
}

/** The events function for one event about the record at its new version. */
export function recordEvent<Type extends TypedNewEvent['type']>(
  type: Type,
  payload: Extract<TypedNewEvent, { type: Type }>['payload'],
): (trx: Transaction<any>, record: VersionedRow) => TypedNewEvent[] {
  return (_trx, record) => [{ type, aggregateId: record.id, aggregateVersion: record.version, payload } as TypedNewEvent];
}
