import { migrateEventLog } from '@msp-atlas/events';
import { defineSubgraph, subgraphDatabase } from '@msp-atlas/service-runtime';
import { SCHEMA, type LearningDatabase } from './database.js';
import { createContext } from './graphql/context.js';
import { learningMigrations } from './migrations/index.js';
import { buildLearningSchema } from './schema.js';

export const learningSubgraph = defineSubgraph({
  name: 'learning',
  // The event log it will write to is migrated with it.
  database: subgraphDatabase<LearningDatabase>({ schema: SCHEMA, migrations: learningMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildLearningSchema,
  context: ({ db }) => createContext(db),
});
