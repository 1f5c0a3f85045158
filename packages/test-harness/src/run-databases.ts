import pg from 'pg';

/** What the names of one run's databases start with. */
export function runDatabasePrefix(runId: string): string {
  return `test_${runId}_`;
}

/**
 * Drops the databases of a run that are still there: those of a platform shared by a
 * test worker, which ends with the worker, and those of a test file that crashed.
 */
export async function dropRunDatabases(adminUrl: string, runId: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [runDatabasePrefix(runId)]);
    for (const { datname } of rows) await client.query(`drop database if exists ${datname} with (force)`);
  } finally {
    await client.end();
  }
}
