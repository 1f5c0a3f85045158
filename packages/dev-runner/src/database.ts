import pg from 'pg';
import { clusterDirIn, startEmbeddedPostgres, withDatabaseName, type EmbeddedPostgresServer } from '@msp-atlas/postgres-server';

export const DATABASE_NAME = 'msp_atlas';

export interface PlatformDatabase {
  url: string;
  embedded: EmbeddedPostgresServer | null;
}

/**
 * The configured server, or an embedded one whose data belongs to the git-ignored
 * data folder (inside it, or as root linked from it), so a restart keeps everything
 * registered before.
 */
export async function providePlatformDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  log: (message: string) => void;
}): Promise<PlatformDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: null };
  const clusterDir = await clusterDirIn(options.dataDir);
  options.log(`starting embedded PostgreSQL (data in ${clusterDir})`);
  const embedded = await startEmbeddedPostgres({
    dataDir: clusterDir,
    port: options.embeddedPort,
    persistent: true,
  });
  await createDatabaseIfMissing(embedded.url, DATABASE_NAME);
  return { url: withDatabaseName(embedded.url, DATABASE_NAME), embedded };
}

async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}
