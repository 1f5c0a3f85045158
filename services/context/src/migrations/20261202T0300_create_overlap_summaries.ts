import { sql, type Kysely } from 'kysely';

// Frozen: how many current initiatives each partnership overlaps (the health check's
// CONTEXT figures), and the queue of partnerships whose figures may have moved.
export async function up(db: Kysely<any>): Promise<void> {
  // Not part of the index's projection: a replay keeps it, so the summary's version (the
  // PartnershipOverlapsChanged aggregate version) only moves when the figures do.
  await db.schema
    .createTable('overlap_summaries')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('overlaps', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('strongest_score', 'double precision')
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  // Filled by the index consumer in its transaction; emptied by the summariser. A new mark
  // takes a new number, so the summariser drops a row only if nobody marked it again meanwhile.
  await sql`create sequence overlap_summary_marks`.execute(db);
  await db.schema
    .createTable('overlap_summary_queue')
    .addColumn('partnership_id', 'uuid', (c) => c.primaryKey())
    .addColumn('mark', 'bigint', (c) => c.notNull().defaultTo(sql`nextval('overlap_summary_marks')`))
    .execute();
  await db.schema.createIndex('overlap_summary_queue_mark_idx').on('overlap_summary_queue').column('mark').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('overlap_summary_queue').execute();
  await sql`drop sequence overlap_summary_marks`.execute(db);
  await db.schema.dropTable('overlap_summaries').execute();
}
