import { sql, type Kysely } from 'kysely';

// Frozen: the tags' names in every language move from each lesson's row (a tag document
// per lesson) to one small table, read once per query: a search asks which tags the
// query names, then which lessons carry them (the GIN index on `tags`), instead of
// matching a tag document in every lesson's row.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tag_labels')
    .addColumn('tag', 'text', (c) => c.primaryKey())
    // The tag's names in English, French, Spanish and German, each in its own configuration.
    .addColumn('document', sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`drop index lessons_tag_document`.execute(db);
  await db.schema.alterTable('lessons').dropColumn('tag_document').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tag_labels').execute();
}
