import { sql, type Kysely } from 'kysely';

// Frozen: the neighbours of a re-indexed partnership are marked by the summariser, not in
// the index consumer's transaction (which then marks one row, keeping the build fast). A
// summary keeps the ids it counted, so the ones a partnership no longer overlaps are
// marked too; a queue row says whether its neighbours are to be marked once summarised.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('overlap_summaries')
    .addColumn('overlap_ids', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await db.schema
    .alterTable('overlap_summary_queue')
    .addColumn('with_neighbours', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('overlap_summary_queue').dropColumn('with_neighbours').execute();
  await db.schema.alterTable('overlap_summaries').dropColumn('overlap_ids').execute();
}
