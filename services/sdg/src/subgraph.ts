import { envString } from '@msp-atlas/config';
import { migrateEventLog, type EventConsumer } from '@msp-atlas/events';
import { createEventConsumer, defineSubgraph, subgraphDatabase, type ConsumerDeps } from '@msp-atlas/service-runtime';
import { sdgAlignmentConsumer } from './alignment/alignment-consumer.js';
import { loadRatesTable } from './sdg-coverage/rates-table.js';
import { SCHEMA, type SdgDatabase } from './database.js';
import { createContext } from './graphql/context.js';
import { sdgMigrations } from './migrations/index.js';
import { buildSdgSchema } from './schema.js';

export { SDG_ALIGNMENT_CONSUMER } from './alignment/alignment-consumer.js';

export interface SdgAlignmentConsumerOptions extends ConsumerDeps<SdgDatabase> {
  pollIntervalMs?: number;
}

/** The alignment projection's consumer, as the service runs it, for tests that drive it themselves. */
export function createSdgAlignmentConsumer({ pollIntervalMs, ...deps }: SdgAlignmentConsumerOptions): EventConsumer {
  return createEventConsumer(sdgAlignmentConsumer, deps, { pollIntervalMs });
}

export const sdgSubgraph = defineSubgraph({
  name: 'sdg',
  // The event log it consumes and appends SdgAlignmentChanged to is migrated with it.
  database: subgraphDatabase<SdgDatabase>({ schema: SCHEMA, migrations: sdgMigrations, sharedMigrations: [migrateEventLog] }),
  buildSchema: buildSdgSchema,
  eventConsumers: { sdgAlignment: sdgAlignmentConsumer },
  settings: { SDG_RATES_FILE: envString().optional() },
  // Read once at start: a rates file that does not parse stops the service with the reason.
  services: ({ settings }) => ({ ratesTable: loadRatesTable(settings.SDG_RATES_FILE) }),
  context: ({ db, identity, services }) => createContext(db, identity, services.ratesTable),
});
