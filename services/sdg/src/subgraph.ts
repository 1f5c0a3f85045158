import { createDatabase, migrateSchema, databaseReadiness } from '@msp-atlas/db';
import { migrateEventLog } from '@msp-atlas/events';
import { startGraphqlService, type Logger } from '@msp-atlas/service-runtime';
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

export interface SdgSubgraphOptions {
  db: Db;
  logger: Logger;
  host?: string;
  port?: number;
  production?: boolean;
  /** Shared with the gateway; requests without its proof are refused. */
  gatewaySecret: string;
}

export async function startSdgSubgraph(options: SdgSubgraphOptions) {
  const schema = await buildSdgSchema();
  return startGraphqlService({
    name: 'sdg',
    schema,
    host: options.host,
    port: options.port,
    logger: options.logger,
    production: options.production,
    gatewaySecret: options.gatewaySecret,
    // The framework is in-memory reference data: resolvers need nothing per request yet.
    context: async () => ({}),
    isReady: databaseReadiness(options.db),
  });
}
