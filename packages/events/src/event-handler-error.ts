import type { StoredEvent } from './event-types.js';

/** A consumer's handler failed; names the consumer and event so logs point at the cause. */
export class EventHandlerError extends Error {
  /** Failed attempts at this event so far (0: not counted, e.g. the database was lost). */
  readonly attempts: number;
  /** The consumer gave up on the event and parked it as a dead letter. */
  readonly parked: boolean;

  constructor(
    readonly consumer: string,
    readonly event: StoredEvent,
    options: { cause: unknown; attempts?: number; parked?: boolean },
  ) {
    const outcome = options.parked ? `; parked after ${options.attempts} attempt(s)` : options.attempts ? ` (attempt ${options.attempts})` : '';
    super(
      `Consumer ${consumer} failed on event ${event.seq} (${event.type} of ${event.aggregateType} ${event.aggregateId} v${event.aggregateVersion})${outcome}`,
      { cause: options.cause },
    );
    this.name = 'EventHandlerError';
    this.attempts = options.attempts ?? 0;
    this.parked = options.parked ?? false;
  }
}
