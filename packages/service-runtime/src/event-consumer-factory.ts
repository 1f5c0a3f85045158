import { EventConsumer, type EventConsumerDefinition } from '@msp-atlas/events';
import type { ConsumerDeps } from './subgraph-consumers.js';

/**
 * Runs an event consumer definition in a service: on the service's pool, woken by
 * NOTIFY when a listen URL is given (polling otherwise), failures in its log.
 */
export function createEventConsumer(
  definition: EventConsumerDefinition<any>,
  deps: ConsumerDeps<any>,
  options: { pollIntervalMs?: number } = {},
): EventConsumer {
  return new EventConsumer({
    db: deps.db,
    ...definition,
    listen: deps.listenUrl ? { url: deps.listenUrl } : undefined,
    pollIntervalMs: options.pollIntervalMs,
    onError: (error) => deps.logger.error({ err: error, consumer: definition.name }, 'event consumer failed'),
  });
}
