import { appendEvents } from '@msp-atlas/events';
import { toNewEvent, type PartnershipSnapshot } from '@msp-atlas/event-contracts';
import { contextSubgraph, createPartnershipIndexConsumer, type ContextDb } from '../src/index.js';
import { createLogger } from '@msp-atlas/service-runtime';

/**
 * Appends a PartnershipRegistered event per snapshot, in batches, as the registry's outbox
 * would: the event contract is what the registry gives the context service, so the bench
 * feeds the index through it and touches no table of the registry.
 */
export async function appendRegistrations(db: ContextDb, partnerships: readonly PartnershipSnapshot[], batchSize = 1_000): Promise<void> {
  for (let start = 0; start < partnerships.length; start += batchSize) {
    const events = partnerships
      .slice(start, start + batchSize)
      .map((partnership) => toNewEvent({ type: 'PartnershipRegistered', aggregateId: partnership.id, aggregateVersion: 1, payload: { partnership } }));
    await db.transaction().execute((trx) => appendEvents(trx, 'partnerships', events));
  }
}

/** Runs the context service's own consumer until it has taken in every event; returns the milliseconds it took. */
export async function buildIndexFromZero(db: ContextDb): Promise<number> {
  const consumer = createPartnershipIndexConsumer({ db, logger: createLogger('bench', 'warn') });
  const started = performance.now();
  while ((await consumer.lag()) > 0) await consumer.processAvailable();
  return performance.now() - started;
}

export async function connectContext(url: string): Promise<ContextDb> {
  const db = contextSubgraph.connect(url, { poolSize: 4 });
  await contextSubgraph.migrate(db);
  return db;
}
