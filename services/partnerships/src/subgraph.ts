import { createDatabase, migrateSchema, type DatabaseOptions, databaseReadiness } from '@msp-atlas/db';
import { migrateEventLog } from '@msp-atlas/events';
import { startGraphqlService, type Logger } from '@msp-atlas/service-runtime';
import { SCHEMA, type Db, type PartnershipsDatabase } from './database.js';
import { createContext } from './graphql/context.js';
import { partnershipsMigrations } from './migrations/index.js';
import { buildPartnershipsSchema } from './schema.js';

export function connectPartnershipsDatabase(
  url: string,
  options: { poolSize?: number; onQuery?: DatabaseOptions['onQuery'] } = {},
): Db {
  return createDatabase<PartnershipsDatabase>({ url, schema: SCHEMA, applicationName: 'partnerships', ...options });
}

/** Brings the service's schema and the event log it writes to up to date. */
export async function migratePartnerships(db: Db): Promise<void> {
  await migrateEventLog(db);
  await migrateSchema(db, SCHEMA, partnershipsMigrations);
}

export interface PartnershipsSubgraphOptions {
  db: Db;
  logger: Logger;
  host?: string;
  port?: number;
  production?: boolean;
  /** Shared with the gateway; requests without its proof are refused. */
  gatewaySecret: string;
}

export async function startPartnershipsSubgraph(options: PartnershipsSubgraphOptions) {
  const schema = await buildPartnershipsSchema();
  return startGraphqlService({
    name: 'partnerships',
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
