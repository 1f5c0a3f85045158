import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { pgTypeParsers } from './pg-type-parsers.js';

export interface DatabaseOptions {
  url: string;
  /** The PostgreSQL schema the service owns; unqualified table names resolve to it. */
  schema: string;
  poolSize?: number;
  /** Application name shown in pg_stat_activity, for telling services apart. */
  applicationName?: string;
  onQuery?: (event: LogEvent) => void;
}

/**
 * A Kysely instance bound to one service's schema. The search path is set per
 * connection at start-up, so repositories write plain table names and no service
 * can reach another's tables by accident.
 */
export function createDatabase<Tables>(options: DatabaseOptions): Kysely<Tables> {
  assertIdentifier(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    application_name: options.applicationName ?? options.schema,
    options: `-c search_path=${options.schema}`,
    types: pgTypeParsers,
    // A broken connection (e.g. the server restarted) is dropped from the pool
    // instead of crashing the process; the next query opens a fresh one.
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', () => {});
  return new Kysely<Tables>({
    dialect: new PostgresDialect({ pool }),
    log: options.onQuery,
  });
}

export function assertIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
}
