import { appendEvents, type EventConsumer, type NewEvent } from '@msp-atlas/events';
import type { PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { fixtureEvent, partnershipSnapshotFixture } from '@msp-atlas/event-contracts/fixtures';
import type { Kysely } from '@msp-atlas/db';

export type PartnershipState = Partial<Pick<PartnershipSnapshot, 'name' | 'phase' | 'status' | 'countries' | 'regions' | 'sectors' | 'sdgTargets'>>;

/**
 * An event as the partnerships service appends it, built through its contract:
 * registered at version 1, updated (the fields in `state` changed) after that.
 */
export function partnershipEvent(id: string, version: number, state: PartnershipState = {}): NewEvent {
  const partnership = partnershipSnapshotFixture({ id, name: `Partnership v${version}`, ...state });
  const aggregate = { aggregateId: id, aggregateVersion: version };
  return version === 1
    ? fixtureEvent('PartnershipRegistered', { partnership }, aggregate)
    : fixtureEvent('PartnershipUpdated', { changedFields: Object.keys(state), partnership }, aggregate);
}

/** Appends and commits events in one transaction, as the partnerships service's outbox does. */
export async function appendCommitted(db: Kysely<any>, events: NewEvent[]): Promise<void> {
  await db.transaction().execute((trx) => appendEvents(trx, 'partnerships', events));
}

/**
 * Drives the consumer until it has taken in every committed event. Transaction ids are
 * server-wide, so another test file's open transaction can briefly hold events back.
 */
export async function catchUp(consumer: EventConsumer, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await consumer.processAvailable();
    if ((await consumer.lag()) === 0) return;
    if (Date.now() > deadline) throw new Error(`Consumer still lags after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export { waitFor } from '@msp-atlas/test-harness';
