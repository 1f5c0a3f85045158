import { createDatabase, migrateSchema, databaseReadiness } from '@msp-atlas/db';
import { EventConsumer, migrateEventLog } from '@msp-atlas/events';
import { startGraphqlService, type Logger, type SubgraphRuntimeOptions } from '@msp-atlas/service-runtime';
import { SCHEMA, type ContextDatabase, type Db } from './database.js';
import { createContext } from './graphql/context.js';
import { contextMigrations } from './migrations/index.js';
import { partnershipIndexConsumer } from './overlap-index/partnership-index-consumer.js';
import { buildContextSchema } from './schema.js';

export { PARTNERSHIP_INDEX_CONSUMER } from './overlap-index/partnership-index-consumer.js';

export function connectContextDatabase(url: string, poolSize = 10): Db {
  return createDatabase<ContextDatabase>({ url, schema: SCHEMA, poolSize, applicationName: 'context' });
}

/** Brings the service's schema and the event log it consumes up to date. */
export async function migrateContext(db: Db): Promise<void> {
  await migrateEventLog(db);
  await migrateSchema(db, SCHEMA, contextMigrations);
}

export interface PartnershipIndexConsumerOptions {
  db: Db;
  logger: Logger;
  /** Database URL for a LISTEN connection, so new events wake the consumer at once. */
  listenUrl?: string;
  pollIntervalMs?: number;
}

/**
 * The consumer that keeps the overlap index from the partnerships service's events.
 * Not started here: main.ts runs it in the background (start/stop); tests drive it
 * with processAvailable().
 */
export function createPartnershipIndexConsumer(options: PartnershipIndexConsumerOptions): EventConsumer {
  return new EventConsumer({
    db: options.db,
    ...partnershipIndexConsumer,
    listen: options.listenUrl ? { url: options.listenUrl } : undefined,
    pollIntervalMs: options.pollIntervalMs,
    onError: (error) => options.logger.error({ err: error }, 'partnership index consumer failed'),
  });
}

export interface ContextSubgraphOptions extends SubgraphRuntimeOptions {
  db: Db;
  /** Read for its lag; whoever created it decides whether it runs. */
  partnershipIndexConsumer: EventConsumer;
}

export async function startContextSubgraph({ db, partnershipIndexConsumer, ...runtime }: ContextSubgraphOptions) {
  const schema = await buildContextSchema();
  return startGraphqlService({
    ...runtime,
    name: 'context',
    schema,
    context: async () => createContext(db, partnershipIndexConsumer),
    isReady: databaseReadiness(db),
  });
}
