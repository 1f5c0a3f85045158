import { appendEvents, type EventConsumer, type NewEvent } from '@msp-atlas/events';
import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { fixtureEvent, partnershipSnapshotFixture } from '@msp-atlas/event-contracts/fixtures';
import type { Kysely } from '@msp-atlas/db';

/**
 * A record event as the partnerships service appends it, built through its contract:
 * registered at version 1, updated (the fields in `state` changed) after that.
 */
export function partnershipEvent(id: string, version: number, state: Partial<PartnershipSnapshot> = {}): NewEvent {
  const partnership = partnershipSnapshotFixture({ id, ...state });
  const aggregate = { aggregateId: id, aggregateVersion: version };
  return version === 1
    ? fixtureEvent('PartnershipRegistered', { partnership }, aggregate)
    : fixtureEvent('PartnershipUpdated', { changedFields: Object.keys(state), partnership }, aggregate);
}

/** Appends and commits events in one transaction, as the partnerships service's outbox does. */
export async function appendCommitted(db: Kysely<any>, events: NewEvent[]): Promise<void> {
  await db.transaction().execute((trx) => appendEvents(trx, 'partnerships', events));
}

/** Drives the consumer until it has taken in every committed event. */
export async function catchUp(consumer: EventConsumer, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await consumer.processAvailable();
    if ((await consumer.lag()) === 0) return;
    if (Date.now() > deadline) throw new Error(`Consumer still lags after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const WATER_DESCRIPTION =
  'The partnership brings safe and affordable drinking water to rural households and builds sanitation and hygiene facilities for schools, ending open defecation.';
