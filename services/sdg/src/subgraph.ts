import { createDatabase, migrateSchema, databaseReadiness } from '@msp-atlas/db';
import { migrateEventLog } from '@msp-atlas/events';
import { startGraphqlService, type SubgraphRuntimeOptions } from '@msp-atlas/service-runtime';
import { SCHEMA, type Db, type SdgDatabase } from './database.js';
import { sdgMigrations } from './migrations/index.js';
import { buildSdgSchema } from './schema.js';

export function connectSdgDatabase(url: string, poolSize = 10): Db {
  return createDatabase<SdgDatabase>({ url, schema: SCHEMA, poolSize, applicationName: 'sdg' });
}

/** Brings the service's schema and the event log it will consume up to date. */
export async function migrateSdg(db: Db): Promise<void> {
  await migrateEventLog(db);
  await migrateSchema(db, SCHEMA, sdgMigrations);
}

export interface SdgSubgraphOptions extends SubgraphRuntimeOptions {
  db: Db;
}

export async function startSdgSubgraph({ db, ...runtime }: SdgSubgraphOptions) {
  const schema = await buildSdgSchema();
  return startGraphqlService({
    ...runtime,
    name: 'sdg',
    schema,
    // The framework is in-memory reference data: resolvers need nothing per request yet.
    context: async () => ({}),
    isReady: databaseReadiness(db),
  });
}
