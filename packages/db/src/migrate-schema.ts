import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { assertIdentifier } from './create-database.js';

/** Migrations of one schema, keyed by a timestamped name; applied in name order. */
export type SchemaMigrations = Record<string, Migration>;

/**
 * Brings a service's schema up to date. The migration bookkeeping lives inside the
 * schema itself, so every service migrates independently of the others, and
 * concurrent starts are serialised by Kysely's migration lock.
 */
export async function migrateSchema(db: Kysely<any>, schema: string, migrations: SchemaMigrations): Promise<string[]> {
  assertIdentifier(schema);
  // Services start side by side and several migrate the shared event log: a
  // session lock per schema keeps even `create schema` from racing.
  const { error, results } = await db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(hashtext(${`msp-atlas:migrate:${schema}`}))`.execute(connection);
    try {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(connection);
      const migrator = new Migrator({
        db: connection,
        migrationTableSchema: schema,
        provider: { getMigrations: async () => migrations },
      });
      return await migrator.migrateToLatest();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${`msp-atlas:migrate:${schema}`}))`.execute(connection);
    }
  });
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration of schema ${schema} failed at ${failed?.migrationName ?? '?'}`, {
      cause: error,
    });
  }
  return (results ?? []).map((result) => result.migrationName);
}
