import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { withDatabaseName } from '@msp-atlas/postgres-server';
import { adminDatabaseUrl, testRunId } from './admin-database-url.js';
import { runDatabasePrefix } from './run-databases.js';

export interface TestDatabase {
  /** Connection string of a fresh database that only this test file uses. */
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database for one test file on the run's server; the caller
 * migrates the schemas it needs. Isolation by database lets test files run in
 * parallel against one server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = adminDatabaseUrl();
  const name = `${runDatabasePrefix(testRunId())}${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await runAdminStatement(adminUrl, `create database ${name}`);
  return {
    url: withDatabaseName(adminUrl, name),
    drop: () => runAdminStatement(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function runAdminStatement(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
