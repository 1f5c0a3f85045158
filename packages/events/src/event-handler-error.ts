import type { StoredEvent } from './event-types.js';

/** A consumer's handler failed; names the consumer and event so logs point at the cause. */
export class EventHandlerError extends Error {
  constructor(
    readonly consumer: string,
    readonly event: StoredEvent,
    options: { cause: unknown },
  ) {
    super(`Consumer ${consumer} failed on event ${event.seq} (${event.type} of ${event.aggregateType} ${event.aggregateId} v${event.aggregateVersion})`, options);
    this.name = 'EventHandlerError';
  }
}
