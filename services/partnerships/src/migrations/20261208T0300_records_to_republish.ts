import { sql, type Kysely } from 'kysely';

// Issue 16: the health check moved to its own service, which reads the registry through
// events only. Record events written before carried no details, so every partnership
// registered until now is published once more (republication/republish-records.ts).
// The health tables of this schema stay for now: the health service's first migration
// copies their rows; a later migration drops them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('records_to_republish')
    .addColumn('partnership_id', 'uuid', (column) => column.primaryKey())
    .execute();
  await sql`insert into records_to_republish (partnership_id) select id from partnerships`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('records_to_republish').execute();
}
