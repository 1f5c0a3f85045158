import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The version of the payload's schema, beside the type it belongs to (see
 * packages/event-contracts). Events written before it existed get 1, the version
 * their payloads were written in; a constant default adds the column without
 * rewriting the table.
 */
export const addEventSchemaVersion: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .withSchema('event_log')
      .alterTable('events')
      .addColumn('schema_version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`schema_version > 0`))
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.withSchema('event_log').alterTable('events').dropColumn('schema_version').execute();
  },
};
