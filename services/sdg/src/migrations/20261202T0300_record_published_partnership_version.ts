import { sql, type Kysely } from 'kysely';

// Frozen. The registry version each published reading was made from, as SdgAlignmentChanged
// carries it, so the live health signal tells the same version as the event.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('published_alignment').addColumn('partnership_version', 'integer').execute();
  // Readings published before this column: the version the projection holds now is the best known.
  await sql`update published_alignment p set partnership_version = a.partnership_version
    from partnership_alignment a where a.partnership_id = p.partnership_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('published_alignment').dropColumn('partnership_version').execute();
}
