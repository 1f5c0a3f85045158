import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { isConnectionError } from './connection-errors.js';

/**
 * A pool for Kysely's PostgresDialect that survives a PostgreSQL restart without
 * failing the first requests after it.
 *
 * A pooled connection the server ended while it sat idle stays in the pool until
 * its socket reports the end, and may be handed out before that: its first
 * statement then fails with a lost connection. Such a statement, and only such a
 * one, is run again on another connection:
 * - it is the first statement of this checkout, so no transaction is open and
 *   nothing of the session (search path aside, which every connection sets at
 *   start-up) is lost with the old connection; a `begin` is retried, never a
 *   statement after it, and never a `commit`;
 * - the failed connection had been used and given back before, so it is one that
 *   may have died while idle; a connection opened for this checkout that fails is
 *   a real outage and the error goes to the caller.
 * The dead connection is removed from the pool. Further stale ones are skipped the
 * same way, up to the pool's size.
 */
export function retryingPool(pool: pg.Pool): PostgresPool {
  const returned = new WeakSet<pg.PoolClient>();
  const maxRetries = pool.options.max ?? 10;
  return {
    connect: async () => new FirstStatementRetry(pool, returned, maxRetries, await pool.connect()),
    end: () => pool.end(),
  };
}

class FirstStatementRetry implements PostgresPoolClient {
  private started = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly returned: WeakSet<pg.PoolClient>,
    private readonly maxRetries: number,
    private client: pg.PoolClient | null,
  ) {}

  // Kysely passes SQL text and parameters, or a cursor (streaming), which is never retried.
  query(...args: any[]): any {
    const client = this.current();
    const first = !this.started;
    this.started = true;
    if (first && typeof args[0] === 'string') return this.firstStatement(args[0], args[1] as unknown[]);
    return (client.query as (...a: unknown[]) => unknown)(...args);
  }

  release(destroy?: boolean): void {
    const client = this.client;
    this.client = null;
    if (!client) return;
    this.returned.add(client);
    client.release(destroy);
  }

  private async firstStatement(text: string, parameters: unknown[]): Promise<unknown> {
    for (let retries = 0; ; retries += 1) {
      const client = this.current();
      try {
        return await client.query(text, parameters);
      } catch (error) {
        if (retries >= this.maxRetries || !this.returned.has(client) || !isConnectionError(error)) throw error;
        this.client = null;
        client.release(error as Error);
        this.client = await this.pool.connect();
      }
    }
  }

  private current(): pg.PoolClient {
    if (!this.client) throw new Error('Connection terminated: the pooled connection was lost');
    return this.client;
  }
}
