import { appendEvents, type EventConsumer, type NewEvent } from '@msp-atlas/events';
import type { Kysely } from '@msp-atlas/db';

export interface PartnershipState {
  name?: string;
  phase?: string;
  status?: string;
  countries?: string[];
  regions?: string[];
  sectors?: string[];
  sdgTargets?: string[];
}

/** An event shaped like the ones the partnerships service appends (full record after the change). */
export function partnershipEvent(
  id: string,
  version: number,
  state: PartnershipState = {},
  type = version === 1 ? 'PartnershipRegistered' : 'PartnershipUpdated',
): NewEvent {
  return {
    type,
    aggregateType: 'Partnership',
    aggregateId: id,
    aggregateVersion: version,
    payload: {
      partnership: {
        id,
        slug: `partnership-${id.slice(0, 8)}`,
        name: state.name ?? `Partnership v${version}`,
        summary: '',
        description: '',
        phase: state.phase ?? 'INITIATION',
        status: state.status ?? 'ACTIVE',
        scope: 'NATIONAL',
        countries: state.countries ?? ['KEN'],
        regions: state.regions ?? [],
        sectors: state.sectors ?? ['140'],
        sdgTargets: state.sdgTargets ?? ['6.1'],
        startDate: null,
        endDate: null,
        isDemo: false,
        stakeholders: [{ organizationId: id, organizationType: 'GOVERNMENT', country: 'KEN', roles: ['INITIATOR'] }],
      },
    },
  };
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

/** Polls until `check` passes or the time is up; avoids fixed sleeps in tests. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
