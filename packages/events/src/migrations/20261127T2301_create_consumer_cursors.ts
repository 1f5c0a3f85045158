import { sql, type Kysely, type Migration } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
export const createConsumerCursors: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .withSchema('event_log')
      .createTable('consumer_cursors')
      .addColumn('consumer', 'text', (c) => c.primaryKey())
      // Both null: nothing handled yet, start from the beginning of the log.
      .addColumn('tx_id', sql`xid8`)
      .addColumn('seq', 'bigint')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addCheckConstraint('consumer_cursors_position_check', sql`(tx_id is null) = (seq is null)`)
      .execute();
  },
};
