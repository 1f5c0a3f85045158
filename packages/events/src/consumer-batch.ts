import type { Kysely } from 'kysely';
import { isConnectionError } from '@msp-atlas/db';
import { advanceCursor, recordFailedAttempt, releaseLease, type ConsumerLease } from './consumer-lease.js';
import { describeFailure, parkEvent } from './dead-letters.js';
import type { EventConsumerDefinition } from './event-consumer-definition.js';
import { EventHandlerError } from './event-handler-error.js';
import { LeaseLostError } from './lease-lost-error.js';
import { LeaseRenewal } from './lease-renewal.js';
import { PoisonEventError } from './poison-event-error.js';
import { readPositionedEvents, type PositionedEvent } from './read-events.js';

export interface BatchSettings {
  batchSize: number;
  /** A batch stops taking events, and its transaction commits, once this much time has passed. */
  batchTimeBudgetMs: number;
  /** Failed attempts after which an event is parked. */
  maxAttempts: number;
}

export interface Batch<Prepared> {
  db: Kysely<any>;
  definition: EventConsumerDefinition<Prepared>;
  lease: ConsumerLease;
  settings: BatchSettings;
  /** Parked events are reported here; the batch goes on. */
  report: (error: unknown) => void;
}

export interface BatchResult {
  handled: number;
  /** Events are left after this batch (a full page, the time budget, a parked event). */
  more: boolean;
}

interface PreparedEvent<Prepared> extends PositionedEvent {
  prepared: Prepared;
}

interface Failure {
  entry: PositionedEvent;
  cause: unknown;
}

/** Thrown inside a chunk's transaction to roll it back and say which event failed. */
class ChunkFailure extends Error {
  constructor(
    readonly index: number,
    readonly failure: unknown,
  ) {
    super('event handler failed');
  }
}

/**
 * One batch under a lease: read the next page, prepare its events outside any transaction,
 * then apply them in short transactions that each end by moving the cursor under the
 * lease. A failing event is isolated: the events before it commit, it alone is retried
 * and, after `maxAttempts` (or at once for a PoisonEventError), parked.
 */
export async function runBatch<Prepared>(batch: Batch<Prepared>): Promise<BatchResult> {
  const renewal = new LeaseRenewal(batch.db, batch.lease);
  try {
    const page = await readPositionedEvents(batch.db, batch.lease.position, batch.settings.batchSize);
    const { items, failure } = await prepareEvents(batch, page, renewal);
    const handled = await applyInOrder(batch, items, renewal);
    if (failure) await settleFailure(batch, failure);
    const done = items.length + (failure ? 1 : 0);
    const caughtUp = page.length < batch.settings.batchSize && done === page.length;
    if (caughtUp) await releaseLease(batch.db, batch.lease);
    return { handled, more: !caughtUp };
  } finally {
    renewal.stop();
  }
}

async function prepareEvents<Prepared>(
  batch: Batch<Prepared>,
  page: PositionedEvent[],
  renewal: LeaseRenewal,
): Promise<{ items: PreparedEvent<Prepared>[]; failure: Failure | null }> {
  const { prepare } = batch.definition;
  const startedAt = Date.now();
  const items: PreparedEvent<Prepared>[] = [];
  for (const entry of page) {
    if (items.length > 0 && Date.now() - startedAt >= batch.settings.batchTimeBudgetMs) break;
    try {
      // Without a prepare phase there is nothing to carry over to handle().
      items.push({ ...entry, prepared: prepare ? await prepare(entry.event) : (undefined as Prepared) });
    } catch (cause) {
      return { items, failure: { entry, cause } };
    }
    renewal.assertHeld();
  }
  return { items, failure: null };
}

/** Applies every item in order; returns how many were handled (parked ones are not). */
async function applyInOrder<Prepared>(batch: Batch<Prepared>, items: PreparedEvent<Prepared>[], renewal: LeaseRenewal): Promise<number> {
  let index = 0;
  let handled = 0;
  while (index < items.length) {
    try {
      const committed = await commitChunk(batch, items.slice(index), renewal);
      index += committed;
      handled += committed;
    } catch (error) {
      if (!(error instanceof ChunkFailure)) throw error;
      const failingAt = index + error.index;
      // The events before the failing one are fine: commit them without it.
      handled += await applyInOrder(batch, items.slice(index, failingAt), renewal);
      // biome-ignore lint/style/noNonNullAssertion: the failure names an index within the chunk just tried, a slice of items
      await settleFailure(batch, { entry: items[failingAt]!, cause: error.failure });
      index = failingAt + 1;
    }
  }
  return handled;
}

/** One transaction: handle events until the time budget is spent, then move the cursor. */
function commitChunk<Prepared>(batch: Batch<Prepared>, items: PreparedEvent<Prepared>[], renewal: LeaseRenewal): Promise<number> {
  renewal.assertHeld();
  return batch.db.transaction().execute(async (trx) => {
    const startedAt = Date.now();
    let count = 0;
    for (const item of items) {
      try {
        await batch.definition.handle(trx, item.event, item.prepared);
      } catch (cause) {
        throw new ChunkFailure(count, cause);
      }
      count += 1;
      if (Date.now() - startedAt >= batch.settings.batchTimeBudgetMs) break;
    }
    // biome-ignore lint/style/noNonNullAssertion: count is at least 1 here: the loop handles an event before it can stop
    if (!(await advanceCursor(trx, batch.lease, items[count - 1]!.position))) throw new LeaseLostError(batch.lease.consumer);
    return count;
  });
}

/**
 * Counts the failed attempt; below the bound it throws (the caller backs off and tries
 * again), at the bound or for a PoisonEventError it parks the event and moves past it.
 */
async function settleFailure<Prepared>(batch: Batch<Prepared>, { entry, cause }: Failure): Promise<void> {
  const { db, lease, definition } = batch;
  // Not the event's fault: try again once the database answers, without counting.
  if (isConnectionError(cause)) throw new EventHandlerError(definition.name, entry.event, { cause });
  const attempts = await recordFailedAttempt(db, lease, entry.event.seq);
  if (attempts === null) throw new LeaseLostError(definition.name);
  const poison = cause instanceof PoisonEventError;
  if (!poison && attempts < batch.settings.maxAttempts) {
    throw new EventHandlerError(definition.name, entry.event, { cause, attempts });
  }
  await db.transaction().execute(async (trx) => {
    await parkEvent(trx, { consumer: definition.name, eventSeq: entry.event.seq, attempts, error: describeFailure(cause) });
    if (!(await advanceCursor(trx, lease, entry.position))) throw new LeaseLostError(definition.name);
  });
  batch.report(new EventHandlerError(definition.name, entry.event, { cause, attempts, parked: true }));
}
