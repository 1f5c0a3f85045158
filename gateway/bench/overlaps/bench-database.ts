import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freeLoopbackPort, startEmbeddedPostgres, withDatabaseName } from '@msp-atlas/postgres-server';

export interface BenchDatabase {
  url: string;
  server: string;
  drop(): Promise<void>;
}

/** A fresh database on DATABASE_URL's server, or on an embedded one started for the run. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'msp-atlas-overlaps-pg-')), port: await freeLoopbackPort(), persistent: false });
  const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
  const name = `bench_overlaps_${Date.now()}`;
  await adminStatement(adminUrl, `create database ${name}`);
  return {
    url: withDatabaseName(adminUrl, name),
    server: embedded ? 'an embedded PostgreSQL' : "DATABASE_URL's server",
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
