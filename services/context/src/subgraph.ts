import { migrateEventLog, type EventConsumer } from '@msp-atlas/events';
import { createEventConsumer, defineSubgraph, subgraphDatabase, type ConsumerDeps } from '@msp-atlas/service-runtime';
import { SCHEMA, type ContextDatabase } from './database.js';
import { createContext } from './graphql/context.js';
import { contextMigrations } from './migrations/index.js';
import { partnershipIndexConsumer } from './overlap-index/partnership-index-consumer.js';
import { createTermStatsVacuum } from './overlap-index/term-stats-vacuum.js';
import { createOverlapSummariser } from './overlap-summary/overlap-summariser.js';
import { buildContextSchema } from './schema.js';

export { PARTNERSHIP_INDEX_CONSUMER } from './overlap-index/partnership-index-consumer.js';
export { createOverlapSummariser, type OverlapSummariser } from './overlap-summary/overlap-summariser.js';

export interface PartnershipIndexConsumerOptions extends ConsumerDeps<ContextDatabase> {
  pollIntervalMs?: number;
}

/** The overlap index's consumer, as the service runs it, for tests that drive it themselves. */
export function createPartnershipIndexConsumer({ pollIntervalMs, ...deps }: PartnershipIndexConsumerOptions): EventConsumer {
  return createEventConsumer(partnershipIndexConsumer, deps, { pollIntervalMs });
}

export const contextSubgraph = defineSubgraph({
  name: 'context',
  database: subgraphDatabase<ContextDatabase>({ schema: SCHEMA, migrations: contextMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildContextSchema,
  eventConsumers: { partnershipIndex: partnershipIndexConsumer },
  consumers: { termStatsVacuum: createTermStatsVacuum, overlapSummariser: createOverlapSummariser },
  context: ({ db, consumers }) => createContext(db, consumers.partnershipIndex),
});
