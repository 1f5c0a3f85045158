import type { Transaction } from 'kysely';
import type { StoredEvent } from './event-types.js';

/**
 * What a consumer is, apart from where it runs: its cursor name and what it does with
 * an event. Plain data and functions, so a service can list its consumers and the
 * commands (replay, dead letters) can use the same definitions as the running process.
 */
export interface EventConsumerDefinition<Prepared = undefined> {
  /** Identifies the cursor; instances sharing a name share it and take turns by lease. */
  name: string;
  /**
   * The event types it reads; it passes over any other. Declared, so the platform's
   * event graph can be checked for cycles without running anything (every service's
   * consumer declares it: packages/subgraph-manifest/test fails on one that does not).
   */
  eventTypes?: readonly string[];
  /** The event types its `handle` may append (none: it only projects). With `eventTypes`, the graph of consumers the cycle check reads. */
  appendsTypes?: readonly string[];
  /**
   * Optional slow part (an HTTP call, a computation), run outside any transaction before
   * `handle`: time spent here holds back no other consumer. May run again for the same
   * event (retries, a replica taking over), so it must not change anything itself.
   */
  prepare?: (event: StoredEvent) => Promise<Prepared>;
  /**
   * Applies the event (and what `prepare` returned) in the batch's transaction, which also
   * advances the cursor. Keep it quick; it must be idempotent by aggregate version.
   * Throwing PoisonEventError parks the event at once.
   */
  handle: (trx: Transaction<any>, event: StoredEvent, prepared: Prepared) => Promise<void>;
  /** Empties the projection, in the replay's transaction that also resets the cursor. */
  clearProjection: (trx: Transaction<any>) => Promise<void>;
}
