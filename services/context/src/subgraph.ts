import { EventConsumer, migrateEventLog } from '@msp-atlas/events';
import { defineSubgraph, subgraphDatabase, type ConsumerDeps } from '@msp-atlas/service-runtime';
import { SCHEMA, type ContextDatabase } from './database.js';
import { createContext } from './graphql/context.js';
import { contextMigrations } from './migrations/index.js';
import { indexPartnershipEvent } from './overlap-index/index-partnership-event.js';
import { buildContextSchema } from './schema.js';

/** The cursor name of the overlap index's consumer in the event log. */
export const PARTNERSHIP_INDEX_CONSUMER = 'context.partnership-index';

export interface PartnershipIndexConsumerOptions extends ConsumerDeps<ContextDatabase> {
  pollIntervalMs?: number;
}

/** The consumer that keeps the overlap index from the partnerships service's events. */
export function createPartnershipIndexConsumer(options: PartnershipIndexConsumerOptions): EventConsumer {
  return new EventConsumer({
    db: options.db,
    name: PARTNERSHIP_INDEX_CONSUMER,
    handle: (trx, event) => indexPartnershipEvent(trx, event),
    listen: options.listenUrl ? { url: options.listenUrl } : undefined,
    pollIntervalMs: options.pollIntervalMs,
    onError: (error) => options.logger.error({ err: error }, 'partnership index consumer failed'),
  });
}

export const contextSubgraph = defineSubgraph({
  name: 'context',
  database: subgraphDatabase<ContextDatabase>({ schema: SCHEMA, migrations: contextMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildContextSchema,
  consumers: { partnershipIndex: createPartnershipIndexConsumer },
  context: ({ db, consumers }) => createContext(db, consumers.partnershipIndex),
});
