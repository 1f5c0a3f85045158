import { createDatabase, migrateSchema, databaseReadiness } from '@msp-atlas/db';
import { migrateEventLog } from '@msp-atlas/events';
import { startGraphqlService, type SubgraphRuntimeOptions } from '@msp-atlas/service-runtime';
import { SCHEMA, type Db, type LearningDatabase } from './database.js';
import { createContext } from './graphql/context.js';
import { learningMigrations } from './migrations/index.js';
import { buildLearningSchema } from './schema.js';

export function connectLearningDatabase(url: string, poolSize = 10): Db {
  return createDatabase<LearningDatabase>({ url, schema: SCHEMA, poolSize, applicationName: 'learning' });
}

/** Brings the service's schema and the event log it will write to up to date. */
export async function migrateLearning(db: Db): Promise<void> {
  await migrateEventLog(db);
  await migrateSchema(db, SCHEMA, learningMigrations);
}

export interface LearningSubgraphOptions extends SubgraphRuntimeOptions {
  db: Db;
}

export async function startLearningSubgraph({ db, ...runtime }: LearningSubgraphOptions) {
  const schema = await buildLearningSchema();
  return startGraphqlService({
    ...runtime,
    name: 'learning',
    schema,
    context: async () => createContext(db),
    isReady: databaseReadiness(db),
  });
}
