import type { Kysely } from 'kysely';

// Frozen: coverage kept pre-aggregated per area, so a country or a region answers from a
// few hundred rows whatever the number of partnerships. Later changes go into new migrations.
export async function up(db: Kysely<any>): Promise<void> {
  // area: 'ALL', 'C:KEN' (a country) or 'R:014' (a region, named or containing a country);
  // key: 'ALL', 'G:6' (a goal) or 'T:6.1' (a target).
  await db.schema
    .createTable('coverage_cell')
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('partnerships', 'integer', (c) => c.notNull())
    .addColumn('organizations', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('coverage_cell_pkey', ['area', 'key'])
    .execute();
  await db.schema
    .createTable('coverage_money')
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount', 'numeric', (c) => c.notNull())
    .addPrimaryKeyConstraint('coverage_money_pkey', ['area', 'key', 'currency'])
    .execute();
  // How many of the cell's partnerships each organisation takes part in: a distinct
  // count stays exact as partnerships come, change and go.
  await db.schema
    .createTable('coverage_organization')
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'uuid', (c) => c.notNull())
    .addColumn('refs', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('coverage_organization_pkey', ['area', 'key', 'organization_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['coverage_organization', 'coverage_money', 'coverage_cell']) await db.schema.dropTable(table).execute();
}
