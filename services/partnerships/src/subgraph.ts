import { createDatabase, migrateSchema, type DatabaseOptions, databaseReadiness } from '@msp-atlas/db';
import { migrateEventLog } from '@msp-atlas/events';
import { startGraphqlService, type SubgraphRuntimeOptions } from '@msp-atlas/service-runtime';
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

export interface PartnershipsSubgraphOptions extends SubgraphRuntimeOptions {
  db: Db;
}

export async function startPartnershipsSubgraph({ db, ...runtime }: PartnershipsSubgraphOptions) {
  const schema = await buildPartnershipsSchema();
  return startGraphqlService({
    ...runtime,
    name: 'partnerships',
    schema,
    context: async (_request, identity) => createContext(db, identity),
    isReady: databaseReadiness(db),
  });
}
