import 'reflect-metadata';
import { envBoolean } from '@msp-atlas/config';
import { migrateEventLog } from '@msp-atlas/events';
import { defineSubgraph, subgraphDatabase } from '@msp-atlas/service-runtime';
import { SCHEMA, type PartnershipsDatabase } from './database.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import { createContext } from './graphql/context.js';
import { partnershipsMigrations } from './migrations/index.js';
import { republishRecords } from './republication/republish-records.js';
import { buildPartnershipsSchema } from './schema.js';

export const partnershipsSubgraph = defineSubgraph({
  name: 'partnerships',
  // The event log it writes to is migrated with it.
  database: subgraphDatabase<PartnershipsDatabase>({ schema: SCHEMA, migrations: partnershipsMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildPartnershipsSchema,
  context: ({ db, identity }) => createContext(db, identity),
  settings: { SEED_DEMO_DATA: envBoolean(false) },
  startup: async ({ db, logger, settings }) => {
    // Once after the upgrade to issue 16: the records the health service has not seen whole.
    const republished = await republishRecords(db);
    if (republished > 0) logger.info({ partnerships: republished }, 'records published again with their details');
    if (!settings.SEED_DEMO_DATA) return;
    const seeded = await seedDemoData(db);
    if (seeded > 0) logger.info({ partnerships: seeded }, 'demo data loaded');
  },
});
