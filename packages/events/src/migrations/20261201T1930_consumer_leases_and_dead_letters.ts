import { sql, type Kysely, type Migration } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
export const consumerLeasesAndDeadLetters: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .withSchema('event_log')
      .alterTable('consumer_cursors')
      // The lease: which instance of the consumer may work on the cursor, and until when.
      // lease_token grows with every new holder, and a batch commits only under the token
      // it started with, so an instance that lost its lease cannot commit.
      .addColumn('lease_owner', 'text')
      .addColumn('lease_token', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('lease_expires_at', 'timestamptz')
      // The event at the cursor that failed, and how often; it is parked after a bound.
      .addColumn('failing_seq', 'bigint')
      .addColumn('failing_attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .withSchema('event_log')
      .createTable('dead_letters')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('consumer', 'text', (c) => c.notNull())
      .addColumn('event_seq', 'bigint', (c) => c.notNull().references('event_log.events.seq'))
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('error', 'text', (c) => c.notNull())
      .addColumn('parked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      // Parked once per consumer: a retry that fails again updates the row.
      .addUniqueConstraint('dead_letters_consumer_event_key', ['consumer', 'event_seq'])
      .execute();
  },
};
