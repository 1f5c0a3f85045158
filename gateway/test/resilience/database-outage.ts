import pg from 'pg';

/**
 * Ends every server process of the test's own database, as a PostgreSQL restart
 * does (other test files' databases on the same server are left alone), then runs
 * `next` at once: its statements start while the pools still hold connections whose
 * end their sockets have not reported yet.
 */
export async function afterTerminatingBackends<T>(databaseUrl: string, next: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ terminated: boolean }>(
      `select pg_terminate_backend(pid) as terminated from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    );
    if (!rows.some((row) => row.terminated)) throw new Error('No server process of the database was running');
    return await next();
  } finally {
    await client.end();
  }
}

export { waitFor } from '@msp-atlas/test-harness';
