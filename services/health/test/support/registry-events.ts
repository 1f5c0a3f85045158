import { randomUUID } from 'node:crypto';
import type { PartnershipSnapshot, RecordDetailsSnapshot } from '@msp-atlas/event-contracts';
import { fixtureEvent, partnershipSnapshotFixture } from '@msp-atlas/event-contracts/fixtures';
import { appendEvents } from '@msp-atlas/events';
import type { TestSubgraph } from './test-subgraph.js';

// The registry as the health service knows it: its events. A test registers a
// partnership by appending what the partnerships service would have appended.

export interface Registration extends Partial<Omit<PartnershipSnapshot, 'details'>> {
  details?: Partial<RecordDetailsSnapshot>;
  /** The account that registered it (its first member); none: the system. */
  registrantAccountId?: string | null;
}

export function snapshotOf(registration: Registration = {}): PartnershipSnapshot {
  const fixture = partnershipSnapshotFixture();
  const { details, registrantAccountId: _registrant, ...fields } = registration;
  return { ...fixture, ...fields, id: fields.id ?? fixture.id, details: { ...fixture.details!, ...details } };
}

/** Appends a PartnershipRegistered (version 1) and answers the snapshot it carried. */
export async function registerByEvent(api: TestSubgraph, registration: Registration = {}): Promise<PartnershipSnapshot> {
  const partnership = snapshotOf({ id: randomUUID(), ...registration });
  await appendEvents(api.db, 'partnerships', [
    fixtureEvent('PartnershipRegistered', { registrantAccountId: registration.registrantAccountId ?? null, partnership }, { aggregateId: partnership.id }),
  ]);
  return partnership;
}

/** Appends a PartnershipUpdated at `version` carrying the record after the change. */
export async function updateByEvent(api: TestSubgraph, partnership: PartnershipSnapshot, version: number, changes: Registration): Promise<PartnershipSnapshot> {
  const after = snapshotOf({ ...partnership, ...changes, details: { ...partnership.details!, ...changes.details } });
  await appendEvents(api.db, 'partnerships', [
    fixtureEvent('PartnershipUpdated', { changedFields: Object.keys(changes), partnership: after }, { aggregateId: partnership.id, aggregateVersion: version }),
  ]);
  return after;
}

/** Drives the projection's consumer until it has taken in every committed event. */
export async function consume(api: TestSubgraph): Promise<void> {
  const consumer = api.consumers.healthProjection;
  const deadline = Date.now() + 20_000;
  for (;;) {
    await consumer.processAvailable();
    if ((await consumer.lag()) === 0) return;
    if (Date.now() > deadline) throw new Error('the health projection still lags after 20 s');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
