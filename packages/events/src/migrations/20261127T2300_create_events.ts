import { sql, type Kysely, type Migration } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
export const createEvents: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .withSchema('event_log')
      .createTable('events')
      .addColumn('seq', 'bigserial', (c) => c.primaryKey())
      // The writing transaction's id; readers order and filter by it (see read-events.ts).
      .addColumn('tx_id', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('aggregate_type', 'text', (c) => c.notNull())
      .addColumn('aggregate_id', 'uuid', (c) => c.notNull())
      .addColumn('aggregate_version', 'integer', (c) => c.notNull().check(sql`aggregate_version > 0`))
      .addColumn('payload', 'jsonb', (c) => c.notNull())
      .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      // One mutation appends one event per aggregate version; a second writer of the
      // same version lost a race and must fail rather than fork the history.
      .addUniqueConstraint('events_aggregate_version_key', ['aggregate_type', 'aggregate_id', 'aggregate_version'])
      .execute();
    await db.schema.withSchema('event_log').createIndex('events_tx_id_seq_idx').on('events').columns(['tx_id', 'seq']).execute();
  },
};
