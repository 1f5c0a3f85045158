import { migrateEventLog } from '@msp-atlas/events';
import { defineSubgraph, subgraphDatabase } from '@msp-atlas/service-runtime';
import { SCHEMA, type SdgDatabase } from './database.js';
import { sdgMigrations } from './migrations/index.js';
import { buildSdgSchema } from './schema.js';

export const sdgSubgraph = defineSubgraph({
  name: 'sdg',
  // The event log it will consume is migrated with it.
  database: subgraphDatabase<SdgDatabase>({ schema: SCHEMA, migrations: sdgMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildSdgSchema,
  // The framework is in-memory reference data: resolvers need nothing per request yet.
  context: () => ({}),
});
