export type { NewEvent, StoredEvent, EventPosition } from './event-types.js';
export { appendEvents } from './append-events.js';
export { readEvents, type EventPage } from './read-events.js';
export { EventConsumer, type EventConsumerOptions } from './event-consumer.js';
export { EventHandlerError } from './event-handler-error.js';
export { eventLogMigrations, migrateEventLog } from './migrations/index.js';
export { PoisonEventError } from './poison-event-error.js';
