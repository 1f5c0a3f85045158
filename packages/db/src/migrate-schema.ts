import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { assertIdentifier } from './create-database.js';

/** Migrations of one schema, keyed by a timestamped name; applied in name order. */
export type SchemaMigrations = Record<string, Migration>;

/**
 * Brings a service's schema up to date. The migration bookkeeping lives inside the
 * schema itself, so every service migrates independently of the others, and
 * concurrent starts are serialised by Kysely's migration lock.
 */
export async function migrateSchema(
  db: Kysely<any>,
  schema: string,
  migrations: SchemaMigrations,
): Promise<string[]> {
  assertIdentifier(schema);
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration of schema ${schema} failed at ${failed?.migrationName ?? '?'}`, {
      cause: error,
    });
  }
  return (results ?? []).map((result) => result.migrationName);
}
