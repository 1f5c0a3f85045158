import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { pgTypeParsers } from './pg-type-parsers.js';
import { retryingPool } from './retrying-pool.js';

export interface DatabaseOptions {
  url: string;
  /** The PostgreSQL schema the service owns; unqualified table names resolve to it. */
  schema: string;
  poolSize?: number;
  /** Application name shown in pg_stat_activity, for telling services apart. */
  applicationName?: string;
  /**
   * How long a request waits for a connection (a new one, or a free one from a
   * full pool) before it fails; keeps requests and `/readyz` from hanging while
   * the server is unreachable. Default 5 s.
   */
  connectionTimeoutMs?: number;
  onQuery?: (event: LogEvent) => void;
}

/**
 * A Kysely instance bound to one service's schema. The search path is set per
 * connection at start-up, so repositories write plain table names and no service
 * can reach another's tables by accident.
 *
 * Connections lost to a server restart are dropped, never crash the process, and
 * the first statement after the restart does not fail (see retrying-pool.ts).
 */
export function createDatabase<Tables>(options: DatabaseOptions): Kysely<Tables> {
  assertIdentifier(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    application_name: options.applicationName ?? options.schema,
    options: `-c search_path=${options.schema}`,
    types: pgTypeParsers,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    // A server that vanished without closing the socket is noticed, not waited on forever.
    keepAlive: true,
  });
  // An idle connection that breaks is removed by the pool, which then emits this.
  pool.on('error', () => {});
  // A checked-out connection that breaks between statements emits 'error' too; with
  // no listener that would crash the process. Its next statement fails instead.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: retryingPool(pool) }),
    log: options.onQuery,
  });
}

export function assertIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
}
