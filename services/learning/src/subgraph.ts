import { envBoolean } from '@msp-atlas/config';
import { migrateEventLog, type EventConsumer } from '@msp-atlas/events';
import { createEventConsumer, defineSubgraph, subgraphDatabase, type ConsumerDeps } from '@msp-atlas/service-runtime';
import { SCHEMA, type LearningDatabase } from './database.js';
import { seedDemoLessons } from './demo/seed-demo-lessons.js';
import { createContext } from './graphql/context.js';
import { learningMigrations } from './migrations/index.js';
import { partnershipProjectionConsumer } from './partnership/partnership-projection-consumer.js';
import { partnershipWeakFactorsConsumer } from './partnership/partnership-weak-factors-consumer.js';
import { buildLearningSchema } from './schema.js';
import { syncTagLabels } from './search/tag-labels.repository.js';

export { PARTNERSHIP_PROJECTION_CONSUMER } from './partnership/partnership-projection-consumer.js';

/** The partnership projection's consumer, as the service runs it, for tests that drive it themselves. */
export function createPartnershipProjectionConsumer({ pollIntervalMs, ...deps }: ConsumerDeps<LearningDatabase> & { pollIntervalMs?: number }): EventConsumer {
  return createEventConsumer(partnershipProjectionConsumer, deps, { pollIntervalMs });
}

/** The weakest factors' consumer (the health service's evaluations), as the service runs it, for tests that drive it themselves. */
export function createWeakFactorsConsumer({ pollIntervalMs, ...deps }: ConsumerDeps<LearningDatabase> & { pollIntervalMs?: number }): EventConsumer {
  return createEventConsumer(partnershipWeakFactorsConsumer, deps, { pollIntervalMs });
}

export const learningSubgraph = defineSubgraph({
  name: 'learning',
  // The event log it writes to is migrated with it.
  database: subgraphDatabase<LearningDatabase>({ schema: SCHEMA, migrations: learningMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildLearningSchema,
  eventConsumers: { partnershipProjection: partnershipProjectionConsumer, partnershipWeakFactors: partnershipWeakFactorsConsumer },
  context: ({ db, identity }) => createContext(db, identity),
  settings: { SEED_DEMO_DATA: envBoolean(false) },
  startup: async ({ db, logger, settings }) => {
    // The names a query can find tags by, in every language, as the code has them now.
    await syncTagLabels(db);
    if (!settings.SEED_DEMO_DATA) return;
    const seeded = await seedDemoLessons(db);
    if (seeded.inserted > 0 || seeded.linked > 0) logger.info(seeded, 'demo lessons loaded');
  },
});
