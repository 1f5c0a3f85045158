import 'reflect-metadata';
import { migrateEventLog } from '@msp-atlas/events';
import { defineSubgraph, subgraphDatabase } from '@msp-atlas/service-runtime';
import { SCHEMA, type HealthDatabase } from './database.js';
import { projectionCaughtUp } from './graphql/caught-up.js';
import { createContext } from './graphql/context.js';
import { healthProjectionConsumer } from './health-projection/health-projection-consumer.js';
import { createHealthReview } from './health-projection/health-review.js';
import { healthMigrations } from './migrations/index.js';
import { buildHealthSchema } from './schema.js';

export const healthSubgraph = defineSubgraph({
  name: 'health',
  // The event log it writes to is migrated with it.
  database: subgraphDatabase<HealthDatabase>({ schema: SCHEMA, migrations: healthMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildHealthSchema,
  eventConsumers: { healthProjection: healthProjectionConsumer },
  consumers: { healthReview: createHealthReview },
  context: ({ db, identity, consumers }) => createContext(db, identity, () => projectionCaughtUp(consumers.healthProjection)),
});
