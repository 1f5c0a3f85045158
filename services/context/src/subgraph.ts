import { EventConsumer, migrateEventLog } from '@msp-atlas/events';
import { defineSubgraph, subgraphDatabase, type ConsumerDeps } from '@msp-atlas/service-runtime';
import { SCHEMA, type ContextDatabase } from './database.js';
import { createContext } from './graphql/context.js';
import { contextMigrations } from './migrations/index.js';
import { partnershipIndexConsumer } from './overlap-index/partnership-index-consumer.js';
import { buildContextSchema } from './schema.js';

export { PARTNERSHIP_INDEX_CONSUMER } from './overlap-index/partnership-index-consumer.js';

export interface PartnershipIndexConsumerOptions extends ConsumerDeps<ContextDatabase> {
  pollIntervalMs?: number;
}

/** The consumer that keeps the overlap index from the partnerships service's events. */
export function createPartnershipIndexConsumer(options: PartnershipIndexConsumerOptions): EventConsumer {
  return new EventConsumer({
    db: options.db,
    ...partnershipIndexConsumer,
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
