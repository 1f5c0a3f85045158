import { createDatabase, migrateSchema, databaseReadiness } from '@msp-atlas/db';
import { migrateEventLog } from '@msp-atlas/events';
import { startGraphqlService, type Logger } from '@msp-atlas/service-runtime';
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

export interface LearningSubgraphOptions {
  db: Db;
  logger: Logger;
  host?: string;
  port?: number;
  production?: boolean;
  /** Shared with the gateway; requests without its proof are refused. */
  gatewaySecret: string;
}

export async function startLearningSubgraph(options: LearningSubgraphOptions) {
  const schema = await buildLearningSchema();
  return startGraphqlService({
    name: 'learning',
    schema,
    host: options.host,
    port: options.port,
    logger: options.logger,
    production: options.production,
    gatewaySecret: options.gatewaySecret,
    context: async () => createContext(options.db),
    isReady: databaseReadiness(options.db),
  });
}
