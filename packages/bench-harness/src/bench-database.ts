import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freeLoopbackPort, startEmbeddedPostgres, withDatabaseName } from '@msp-atlas/postgres-server';

export interface BenchDatabase {
  url: string;
  /** Where the database runs, without credentials, for the printout. */
  server: string;
  /** Drops the database (and stops the embedded server, if one was started for it). */
  drop(): Promise<void>;
}

/**
 * A fresh database for one run, on DATABASE_URL's server, or on an embedded one started
 * for the run when DATABASE_URL is not set. `prefix` names it, so a left-over database
 * says which benchmark made it.
 */
export async function createBenchDatabase(prefix = 'bench'): Promise<BenchDatabase> {
  // A directory of its own: the server runs as another user when we are root, and
  // cannot enter a private scratch directory.
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'msp-atlas-bench-pg-')), port: await freeLoopbackPort(), persistent: false });
  const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
  const name = `${prefix}_${Date.now()}`;
  await adminStatement(adminUrl, `create database ${name}`);
  const server = new URL(adminUrl);
  return {
    url: withDatabaseName(adminUrl, name),
    server: embedded ? `an embedded PostgreSQL on port ${server.port}` : `DATABASE_URL's server ${server.host}`,
    async drop() {
      await adminStatement(adminUrl, `drop database if exists ${name} with (force)`);
      await embedded?.stop();
    },
  };
}

async function adminStatement(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
