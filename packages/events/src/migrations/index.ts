import type { Kysely } from 'kysely';
import { migrateSchema, type SchemaMigrations } from '@msp-atlas/db';
import { eventLogSchema } from '../event-log-schema.js';
import { createEvents } from './20261127T2300_create_events.js';
import { createConsumerCursors } from './20261127T2301_create_consumer_cursors.js';
import { notifyOnAppend } from './20261127T2302_notify_on_append.js';
import { addEventSchemaVersion } from './20261201T1900_add_event_schema_version.js';
import { consumerLeasesAndDeadLetters } from './20261201T1930_consumer_leases_and_dead_letters.js';

export const eventLogMigrations: SchemaMigrations = {
  '20261127T2300_create_events': createEvents,
  '20261127T2301_create_consumer_cursors': createConsumerCursors,
  '20261127T2302_notify_on_append': notifyOnAppend,
  '20261201T1900_add_event_schema_version': addEventSchemaVersion,
  '20261201T1930_consumer_leases_and_dead_letters': consumerLeasesAndDeadLetters,
};

/** Every service that appends or consumes events runs this at start-up; concurrent
 * runs are serialised by the migration lock, so the first one creates the schema. */
export function migrateEventLog(db: Kysely<any>): Promise<string[]> {
  return migrateSchema(db, eventLogSchema, eventLogMigrations);
}
