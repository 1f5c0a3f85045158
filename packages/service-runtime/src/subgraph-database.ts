import { createDatabase, migrateSchema, type DatabaseOptions, type SchemaMigrations } from '@msp-atlas/db';
import type { Kysely } from 'kysely';

/** The schema a subgraph owns and how to bring it (and what it shares) up to date. */
export interface SubgraphDatabase<Tables> {
  /** The PostgreSQL schema the service owns; unqualified table names resolve to it. */
  schema: string;
  migrations: SchemaMigrations;
  /**
   * Schemas the service shares with others, migrated first and in order; the event
   * log's `migrateEventLog` for a service that appends or consumes events.
   */
  sharedMigrations?: ReadonlyArray<(db: Kysely<any>) => Promise<unknown>>;
  /** Never set: carries the table types, so `db` is typed wherever the skeleton hands it out. */
  readonly tables?: Tables;
}

/** Describes a subgraph's database; `Tables` is its schema's tables (its `database.ts`). */
export function subgraphDatabase<Tables>(database: Omit<SubgraphDatabase<Tables>, 'tables'>): SubgraphDatabase<Tables> {
  return database;
}

export type ConnectOptions = Pick<DatabaseOptions, 'poolSize' | 'onQuery'>;

export function connectSubgraphDatabase<Tables>(name: string, database: SubgraphDatabase<Tables>, url: string, options: ConnectOptions = {}): Kysely<Tables> {
  return createDatabase<Tables>({ url, schema: database.schema, applicationName: name, ...options });
}

export async function migrateSubgraphDatabase(database: SubgraphDatabase<unknown>, db: Kysely<any>): Promise<void> {
  for (const migrateShared of database.sharedMigrations ?? []) await migrateShared(db);
  await migrateSchema(db, database.schema, database.migrations);
}
